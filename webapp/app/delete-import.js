// The delete of an import, behind a confirmation that states what the user's document promises,
// with the real figures: that it cannot be undone, how many files go with it, and — only when it
// will happen — which installation's connection to the project goes too.

import {call} from './api.js';
import {alertMessage, announce, byId, el, tellFailure} from './dom.js';
import {accountName, projectPath, reloadProject} from './project-state.js';
import {plural} from './text.js';
import {showError} from './forms.js';

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

/**
 * Opens the confirmation for an import, stated from the import as the API has it now: its
 * file_count and delete_removes_connection are the delete's own rule, computed by the server.
 */
export async function askToDelete(importId) {
    if (busy) {
        return;
    }
    busy = true;
    const answer = await call('GET', projectPath(`resources/imports/${importId}`)).then((target) => ({target}), (error) => ({error}));
    busy = false;
    if (answer.error?.status === 404) {
        // Deleted elsewhere since the list was shown: the lists as they are now, then the news.
        const failure = await reloadProject().then(() => null, (error) => error);
        if (failure) {
            tellFailure(failure);
            return;
        }
        alertMessage('Import not found');
        byId('imports-title').focus();
        return;
    }
    if (answer.error) {
        tellFailure(answer.error);
        return;
    }
    pending = {importId, path: answer.target.source_path};
    fill(answer.target);
    dialog().showModal();
}

function fill(target) {
    byId('delete-title').textContent = `Delete the import ${target.source_path}?`;
    const consequences = [
        'This action cannot be undone.',
        target.file_count === 0 ? 'No file will be deleted: the import has none.'
            : `${plural(target.file_count, 'file', 'files')} will be deleted.`,
    ];
    if (target.delete_removes_connection) {
        consequences.push(`The connection to installation ${accountName(target.installation_id) ?? target.installation_id} `
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
