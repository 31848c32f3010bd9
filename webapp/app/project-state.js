// The open project as the API last described it: the project, its imports, its connected
// installations and the user's installations (for their account names). Views render from it.

import {call, list} from './api.js';
import {userPath} from './session.js';

export const opened = {project: null, imports: [], connections: [], installations: []};

const listeners = [];

/** Called with the state after every load. */
export function onProjectLoaded(listener) {
    listeners.push(listener);
}

export function projectPath(rest) {
    return userPath(`projects/${opened.project.id}/${rest}`);
}

/** Loads (or reloads) a project and everything its view shows, each list to its last page. */
export async function loadProject(projectId) {
    const path = userPath(`projects/${projectId}`);
    const [project, imports, connections, installations] = await Promise.all([
        call('GET', path),
        list(`${path}/resources/imports`),
        list(`${path}/resources/github-installations`),
        list(userPath('installations')),
    ]);
    Object.assign(opened, {project, imports, connections, installations});
    listeners.forEach((listener) => listener(opened));
    return opened;
}

export function reloadProject() {
    return loadProject(opened.project.id);
}

/** One of the user's installations, or undefined when it no longer exists. */
export function installationById(installationId) {
    return opened.installations.find((candidate) => candidate.id === installationId);
}

/** The account name of one of the user's installations, or null when it no longer exists. */
export function accountName(installationId) {
    return installationById(installationId)?.github_account_name ?? null;
}
