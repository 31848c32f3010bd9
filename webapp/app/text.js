// How the page words the API's values.

const SOURCE_TYPES = {
    local_folder: 'Local folder',
    github_repository_installation: 'GitHub repository (installation)',
    public_github_repository_url: 'Public GitHub repository URL',
};

export function sourceTypeLabel(sourceType) {
    return SOURCE_TYPES[sourceType] ?? sourceType;
}

export function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}

export function byteSize(bytes) {
    if (bytes < 1024) {
        return plural(bytes, 'byte', 'bytes');
    }
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
