// The user's projects: the list, and a form for a new one.

import {call, list} from './api.js';
import {byId, el, showView} from './dom.js';
import {onSubmit} from './forms.js';
import {userPath} from './session.js';

export function initProjects() {
    onSubmit(byId('project-form'), async (body) => {
        const project = await call('POST', userPath('projects'), body);
        byId('project-form').reset();
        window.location.hash = `#/projects/${project.id}`;
    });
}

export async function showProjects() {
    const projects = await list(userPath('projects'));
    byId('project-list').replaceChildren(...projects.map(projectCard));
    byId('no-projects').hidden = projects.length > 0;
    showView('projects-view');
}

function projectCard(project) {
    return el('li', {class: 'card'},
        el('h2', {class: 'card-title'}, el('a', {href: `#/projects/${project.id}`}, project.name)),
        el('p', {class: 'meta'}, `${project.type}, ${project.main_language}`),
        project.description ? el('p', {class: 'description'}, project.description) : null);
}
