// The page's forms: reading them as API bodies and showing the API's refusals next to them.

import {el} from './dom.js';

/** The values of the form's named controls in use (not disabled), as typed; empty ones are left out. */
function values(form) {
    const body = {};
    for (const control of form.elements) {
        if (control.name && !control.disabled && control.value !== '') {
            body[control.name] = control.value;
        }
    }
    return body;
}

/**
 * Calls the handler with the form's values, after clearing its old error, and shows what the API
 * refused. A second submit while one is on its way is ignored; the controls stay enabled so that
 * focus stays where it is. A lost session is the login form's to tell.
 */
export function onSubmit(form, handler) {
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (form.getAttribute('aria-busy') === 'true') {
            return;
        }
        showError(form, null);
        form.setAttribute('aria-busy', 'true');
        try {
            await handler(values(form));
        } catch (error) {
            if (!error.sessionLost) {
                showError(form, error);
            }
        } finally {
            form.removeAttribute('aria-busy');
        }
    });
}

/** The API's message and its field errors in the alert of a form (or dialog); fields at fault are marked invalid. */
export function showError(container, error) {
    const output = container.querySelector('.form-error');
    output.replaceChildren();
    container.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
    if (!error) {
        return;
    }
    output.append(el('p', {}, error.message));
    if (error.errors?.length) {
        output.append(el('ul', {}, ...error.errors.map(({field, message}) => {
            const control = field ? container.querySelector(`[name="${CSS.escape(field)}"]`) : null;
            control?.setAttribute('aria-invalid', 'true');
            const label = control?.labels?.[0]?.textContent ?? field;
            return el('li', {}, label ? `${label}: ${message}` : message);
        })));
    }
}
