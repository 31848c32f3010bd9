// The API as the page uses it: same-origin calls under /api, JSON in and out, the session in the
// neptun-session cookie the browser keeps (HttpOnly: the page never sees it).

/** An answer other than 2xx, with the API's message and field errors; status 0 when the server was not reached. */
class ApiError extends Error {
    constructor(status, body) {
        super(typeof body?.message === 'string' ? body.message : `The request failed (${status}).`);
        this.status = status;
        this.errors = Array.isArray(body?.errors) ? body.errors : [];
    }
}

let sessionLost = () => {};

/**
 * Who is told when a request outside /api/auth is a 401: the session has ended (expired, revoked,
 * logged out in another tab). A 401 of /api/auth/login or /api/auth/session means something else.
 */
export function onSessionLost(handler) {
    sessionLost = handler;
}

/** Sends one request and returns its JSON body, or null for a 204. */
export async function call(method, path, body) {
    const response = await send(method, path, body);
    return response.status === 204 ? null : response.json();
}

/** Every item of a paginated list: asks for the largest page and follows rel="next" to the end. */
export async function list(path) {
    const items = [];
    let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    while (next) {
        const response = await send('GET', next);
        items.push(...await response.json());
        const following = nextPage(response.headers.get('Link'));
        next = following === next ? null : following;
    }
    return items;
}

/**
 * The rel="next" target of a Link header as a path on this origin. The API writes absolute URLs
 * from its configured base; the page keeps to its own origin whatever host name it was opened by.
 */
function nextPage(linkHeader) {
    for (const [, target, params] of (linkHeader ?? '').matchAll(/<([^>]*)>([^,]*)/g)) {
        if (/;\s*rel="?next"?/.test(params)) {
            const url = new URL(target, window.location.href);
            return url.pathname + url.search;
        }
    }
    return null;
}

async function send(method, path, body) {
    const init = {method, headers: {Accept: 'application/json'}, credentials: 'same-origin'};
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch(path, init);
    } catch (unreachable) {
        throw new ApiError(0, {message: 'The server cannot be reached. Check the connection and try again.'});
    }
    if (response.ok) {
        return response;
    }
    const error = new ApiError(response.status, await response.json().catch(() => null));
    if (response.status === 401 && !path.startsWith('/api/auth/')) {
        error.sessionLost = true;
        sessionLost(error);
    }
    throw error;
}
