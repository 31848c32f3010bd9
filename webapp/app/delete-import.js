// The delete of an import, behind a confirmation that states what the user's document promises,
// with the real figures: that it cannot be undone, how many files go with it, and — only when it
// will happen — which installation's connection to the project goes too.

import {call} from './api.js';
import {alertMessage, announce, byId, el, tellFailure} from './dom.js';
import {accountName, opened, projectPath, reloadProject} from './project-state.js';
import {plural} from './text.js';
import {showError} from './forms.js';

/**
 * What deleting the import takes with it, as the API decides it: all its files, and the project's
 * connection to its installation when the import came through one that no other import of the
 * project uses and that is connected now.
 */
function consequencesOf(target, imports, connections) {
    const installationId = target.source_type === 'github_repository_installation' ? target.installation_id : null;
    const usedByAnother = imports.some((other) => other.id !== target.id && other.installation_id === installationId);
    const connected = connections.some((connection) => connection.id === installationId);
    return {
        fileCount: target.file_count,
        removedConnectionTo: installationId !== null && !usedByAnother && connected ? installationId : null,
    };
}

const dialog = () => byId('delete-dialog');
let pending = null; // {importId, path} while the dialog is open
let busy = false;

export function initDeleteDialog() {
    byId('delete-cancel').addEventListener('click', () => dialog().close());
    byId('delete-confirm').addEventListener('click', confirmDelete);
    // Escape cancels, except while the delete is on its way: its answer still has to be shown.
    dialog().addEventListener('cancel', (event) => {
        if (busy) {
            event.preventDefault();
        }
    });
    dialog().addEventListener('close', returnFocus);
}

/** Opens the confirmation for an import, with figures read afresh from the API. */
export async function askToDelete(importId) {
    if (busy) {
        return;
    }
    busy = true;
    const failure = await reloadProject().then(() => null, (error) => error);
    busy = false;
    if (failure) {
        tellFailure(failure);
        return;
    }
    const target = opened.imports.find((item) => item.id === importId);
    if (!target) {
        alertMessage('Import not found'); // deleted elsewhere since the list was shown
        byId('imports-title').focus();
        return;
    }
    pending = {importId, path: target.source_path};
    fill(target, consequencesOf(target, opened.imports, opened.connections));
    dialog().showModal();
}

function fill(target, {fileCount, removedConnectionTo}) {
    byId('delete-title').textContent = `Delete the import ${target.source_path}?`;
    const consequences = [
        'This action cannot be undone.',
        fileCount === 0 ? 'No file will be deleted: the import has none.'
            : `${plural(fileCount, 'file', 'files')} will be deleted.`,
    ];
    if (removedConnectionTo !== null) {
        consequences.push(`The connection to installation ${accountName(removedConnectionTo) ?? removedConnectionTo} `
            + 'will be removed from this project. The installation itself stays.');
    }
    byId('delete-consequences').replaceChildren(...consequences.map((text) => el('li', {}, text)));
    showError(dialog(), null);
}

async function confirmDelete() {
    if (busy || !pending) {
        return;
    }
    const {importId, path} = pending;
    setBusy(true);
    const outcome = await call('DELETE', projectPath(`resources/imports/${importId}`)).then(
        () => ({tell: announce, message: `The import ${path} was deleted.`}),
        (error) => (error.status === 404 ? {tell: alertMessage, message: error.message} : {error}));
    if (outcome.error) {
        setBusy(false);
        if (!outcome.error.sessionLost) {
            showError(dialog(), outcome.error); // the dialog stays: Cancel, or try again
        }
        return;
    }
    // The lists as the API has them now, behind the dialog; then it closes and the outcome is read out.
    const reloadFailure = await reloadProject().then(() => null, (error) => error);
    setBusy(false);
    dialog().close();
    if (!reloadFailure?.sessionLost) {
        outcome.tell(reloadFailure ? `${outcome.message} ${reloadFailure.message}` : outcome.message);
    }
}

function setBusy(value) {
    busy = value;
    byId('delete-confirm').disabled = value;
    byId('delete-cancel').disabled = value;
}

/** Back to the import's Delete button, or to the list when the import is gone. */
function returnFocus() {
    const button = document.querySelector(`#import-list button[data-action="delete"][data-import-id="${pending?.importId}"]`);
    pending = null;
    (button ?? byId('imports-title')).focus();
}
