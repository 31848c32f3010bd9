// The page at /: who is signed in decides between the login form and the projects; the address's
// fragment (#/projects, #/projects/{id}) decides which view, so the back button and a reload work.

import {begin, currentUser, initAuth, showLogin} from './auth.js';
import {alertMessage, byId, clearMessages, tellFailure} from './dom.js';
import {initDeleteDialog} from './delete-import.js';
import {initProject, showProject} from './project.js';
import {initProjects, showProjects} from './projects.js';
import {session} from './session.js';

async function route() {
    if (!session.user) {
        return;
    }
    const projectId = /^#\/projects\/(\d+)$/.exec(window.location.hash)?.[1];
    try {
        if (projectId) {
            await showProject(Number(projectId));
            byId('project-title').focus();
        } else {
            await showProjects();
            byId('projects-title').focus();
        }
    } catch (error) {
        tellFailure(error);
        if (projectId && error.status === 404) {
            // Not the user's project (or gone): their list instead, keeping the message.
            window.history.replaceState(null, '', '#/projects');
            await route();
        }
    }
}

async function start() {
    initAuth(route);
    initProjects();
    initProject();
    initDeleteDialog();
    window.addEventListener('hashchange', () => {
        clearMessages();
        route();
    });
    try {
        const user = await currentUser();
        if (user) {
            begin(user);
        } else {
            showLogin();
        }
    } catch (error) {
        showLogin();
        alertMessage(error.message);
    }
}

start();
