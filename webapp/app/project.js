// One project: its imports (with their files on demand), its connected installations, and the
// forms that add an installation, an import and a file.

import {call, list} from './api.js';
import {announce, byId, el, hiddenText, showView, tellFailure} from './dom.js';
import {onSubmit} from './forms.js';
import {askToDelete} from './delete-import.js';
import {installationById, loadProject, onProjectLoaded, opened, projectPath, reloadProject} from './project-state.js';
import {userPath} from './session.js';
import {byteSize, sourceTypeLabel} from './text.js';

let filesShownOf = null; // the id of the import whose files are shown

const SUSPENDED = 'suspended on GitHub';

/** GitHub reported it suspended (its webhook): shown so, and nothing new may come through it. */
function isSuspended(installation) {
    return installation.suspended_at !== null;
}

export function initProject() {
    onProjectLoaded(render);
    byId('import-list').addEventListener('click', (event) => {
        const button = event.target.closest('button[data-action]');
        if (button) {
            const importId = Number(button.dataset.importId);
            (button.dataset.action === 'delete' ? askToDelete(importId) : showFiles(importId)).catch(tellFailure);
        }
    });
    byId('import-source-type').addEventListener('change', showInstallationChoiceForGithub);
    onSubmit(byId('installation-form'), addInstallation);
    onSubmit(byId('import-form'), addImport);
    onSubmit(byId('file-form'), addFile);
}

export async function showProject(projectId) {
    filesShownOf = null;
    byId('files-panel').hidden = true;
    await loadProject(projectId);
    showView('project-view');
}

function render({project, imports, connections, installations}) {
    byId('project-title').textContent = project.name;
    byId('project-summary').textContent = [project.type, project.main_language, project.description].filter(Boolean).join(', ');
    byId('import-list').replaceChildren(...imports.map(importCard));
    byId('no-imports').hidden = imports.length > 0;
    byId('connection-list').replaceChildren(...connections.map((connection) => el('li', {},
        el('strong', {}, connection.github_account_name),
        ` (${connection.github_account_type}, GitHub installation ${connection.github_installation_id})`,
        ...(isSuspended(connection) ? [' — ', el('span', {class: 'suspended'}, SUSPENDED)] : []))));
    byId('no-connections').hidden = connections.length > 0;
    fillChoices(byId('file-import'), imports.map((item) => [item.id, `${item.source_path} (${sourceTypeLabel(item.source_type)})`]),
        'No import yet: create one first');
    // Nothing new can come through a suspended installation (the API answers 409), so it is not offered.
    fillChoices(byId('import-installation'), installations.filter((installation) => !isSuspended(installation))
        .map((installation) => [installation.id,
            `${installation.github_account_name} (${installation.github_account_type}, ${installation.github_installation_id})`]),
        installations.length ? 'No installation to import through: each is suspended on GitHub' : 'No installation yet: add one first');
    if (filesShownOf !== null && !imports.some((item) => item.id === filesShownOf)) {
        filesShownOf = null;
        byId('files-panel').hidden = true;
    }
}

function importCard(item) {
    return el('li', {class: 'card', 'data-import-id': item.id},
        el('h3', {class: 'card-title'}, item.source_path),
        el('dl', {class: 'facts'},
            fact('Source', sourceTypeLabel(item.source_type)),
            fact('Status', item.import_status),
            fact('Files', item.file_count),
            fact('Installation', installationOf(item))),
        el('div', {class: 'actions'},
            el('button', {type: 'button', 'data-action': 'files', 'data-import-id': item.id},
                'Show files', hiddenText(` of ${item.source_path}`)),
            el('button', {type: 'button', class: 'danger', 'data-action': 'delete', 'data-import-id': item.id},
                'Delete', hiddenText(` import ${item.source_path}`))));
}

function fact(term, value) {
    return el('div', {}, el('dt', {}, term), el('dd', {}, value));
}

function installationOf(item) {
    if (item.installation_id === null) {
        return item.source_type === 'github_repository_installation' ? 'None (the installation was removed)' : 'None';
    }
    const installation = installationById(item.installation_id);
    if (!installation) {
        return `Installation ${item.installation_id}`;
    }
    return isSuspended(installation) ? `${installation.github_account_name} (${SUSPENDED})` : installation.github_account_name;
}

/** A select's options, keeping the chosen one where it still exists; a placeholder without a value when there are none. */
function fillChoices(select, choices, placeholder) {
    const chosen = select.value;
    select.replaceChildren(...(choices.length
        ? choices.map(([value, label]) => el('option', {value}, label))
        : [el('option', {value: ''}, placeholder)]));
    if (choices.some(([value]) => String(value) === chosen)) {
        select.value = chosen;
    }
}

async function showFiles(importId, {focus = true} = {}) {
    const item = opened.imports.find((candidate) => candidate.id === importId);
    const files = await list(projectPath(`resources/files?import_id=${importId}`));
    filesShownOf = importId;
    byId('files-title').textContent = `Files of ${item.source_path}`;
    byId('file-rows').replaceChildren(...files.map((file) => el('tr', {},
        el('td', {}, file.title), el('td', {}, byteSize(file.file_size)), el('td', {}, file.language))));
    byId('file-rows').closest('.table-scroll').hidden = files.length === 0;
    byId('no-files').hidden = files.length > 0;
    byId('files-panel').hidden = false;
    if (focus) {
        byId('files-title').focus();
    }
}

function showInstallationChoiceForGithub() {
    const github = byId('import-source-type').value === 'github_repository_installation';
    byId('import-installation-field').hidden = !github;
    byId('import-installation').disabled = !github;
}

async function addInstallation(body) {
    const installation = await call('POST', userPath('installations'), {
        ...body,
        github_installation_id: Number(body.github_installation_id),
        github_account_id: Number(body.github_account_id),
    });
    byId('installation-form').reset();
    await reloadProject();
    announce(`The installation ${installation.github_account_name} was added: a new import can come through it.`);
}

async function addImport(body) {
    const created = await call('POST', projectPath('resources/imports'),
        body.installation_id === undefined ? body : {...body, installation_id: Number(body.installation_id)});
    byId('import-form').reset();
    showInstallationChoiceForGithub();
    await reloadProject();
    announce(`The import ${created.source_path} was created.`);
}

async function addFile(body) {
    const importId = Number(body.import_id);
    const created = await call('POST', projectPath('resources/files'), {...body, import_id: importId, content: body.content ?? ''});
    byId('file-title').value = '';
    byId('file-content').value = '';
    await reloadProject();
    if (filesShownOf === importId) {
        await showFiles(importId, {focus: false});
    }
    announce(`The file ${created.title} was added.`);
}
