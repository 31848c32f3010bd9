// Signing up, logging in and out. The session is the HttpOnly neptun-session cookie that the API
// sets and clears; the page only learns who is signed in.

import {call, onSessionLost} from './api.js';
import {alertMessage, announce, byId, clearMessages, showView} from './dom.js';
import {onSubmit} from './forms.js';
import {session} from './session.js';

let whenSignedIn = () => {};

/** Wires the forms and the logout button; signedIn shows the page of a user who just signed in. */
export function initAuth(signedIn) {
    whenSignedIn = signedIn;
    onSubmit(byId('login-form'), async (body) => begin((await call('POST', '/api/auth/login', body)).user));
    onSubmit(byId('sign-up-form'), async (body) => begin((await call('POST', '/api/auth/sign-up', body)).user));
    byId('logout').addEventListener('click', logout);
    onSessionLost(() => showLogin('Your session has ended. Please log in again.', alertMessage));
}

/** The signed-in user ({id, primary_email}), or null: a 401 here only means nobody has signed in yet. */
export async function currentUser() {
    try {
        return (await call('GET', '/api/auth/session')).user;
    } catch (error) {
        if (error.status === 401) {
            return null;
        }
        throw error;
    }
}

/** The page of a signed-in user. */
export function begin(user) {
    session.user = user;
    byId('login-form').reset();
    byId('sign-up-form').reset();
    byId('account-email').textContent = user.primary_email;
    byId('account').hidden = false;
    clearMessages();
    whenSignedIn();
}

/** The login form, with a message when there is one to tell (tell: announce or alertMessage). */
export function showLogin(message, tell) {
    session.user = null;
    document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
    byId('account').hidden = true;
    byId('account-email').textContent = '';
    showView('auth-view');
    if (message) {
        tell(message);
    }
    byId('auth-title').focus();
}

async function logout() {
    try {
        await call('POST', '/api/auth/logout');
    } catch (error) {
        alertMessage(error.message);
        return;
    }
    showLogin('You are logged out.', announce);
}
