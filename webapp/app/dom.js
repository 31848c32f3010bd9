// Building the page. User data only ever becomes text nodes and attribute values: nothing here
// parses markup, so a name like <img src=x onerror=...> shows as those characters.

/** An element with attributes (false or null leave one out) and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value !== false && value !== null && value !== undefined) {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    node.append(...children.filter((child) => child !== null && child !== undefined && child !== false)
        .map((child) => (child instanceof Node ? child : String(child))));
    return node;
}

/** Text that screen readers read with the element around it, but that is not shown. */
export function hiddenText(text) {
    return el('span', {class: 'visually-hidden'}, text);
}

export function byId(id) {
    return document.getElementById(id);
}

const VIEWS = ['auth-view', 'projects-view', 'project-view'];

/** Shows one view and hides the others and the loading note. */
export function showView(id) {
    byId('loading').hidden = true;
    for (const view of VIEWS) {
        byId(view).hidden = view !== id;
    }
}

/** Says something that went right (a polite live region). */
export function announce(message) {
    byId('alert').textContent = '';
    byId('status').textContent = message;
}

/** Says something that went wrong (role="alert": read out at once). */
export function alertMessage(message) {
    byId('status').textContent = '';
    byId('alert').textContent = message;
}

/** Says what an API call refused, unless the session was lost: the login form says that. */
export function tellFailure(error) {
    if (!error.sessionLost) {
        alertMessage(error.message);
    }
}

export function clearMessages() {
    byId('status').textContent = '';
    byId('alert').textContent = '';
}
