export const id = 5316;
export const ids = [5316];
export const modules = {

/***/ 35316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localInfo: () => (/* binding */ localInfo),
/* harmony export */   localPlatform: () => (/* binding */ localPlatform),
/* harmony export */   readGitHead: () => (/* binding */ readGitHead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * HEAD's branch and commit, read from .git directly: two `git rev-parse` calls would cost ~15 ms of
 * every local start-up. Worktrees (.git as a file), packed refs and detached heads are handled.
 */
function readGitHead(cwd) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd);; dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir)) {
        let gitDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git');
        try {
            const dotGit = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(gitDir, 'utf8');
            const m = /^gitdir: (.+)$/m.exec(dotGit);
            if (m)
                gitDir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, m[1].trim());
        }
        catch {
            // A directory (the usual case) or nothing; both are read below.
        }
        let head;
        try {
            head = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'HEAD'), 'utf8').trim();
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir) === dir)
                return {};
            continue;
        }
        const ref = /^ref: (.+)$/.exec(head)?.[1];
        if (!ref)
            return { sha: head, ref: 'HEAD' };
        const common = commonDir(gitDir);
        return { ref: ref.replace(/^refs\/heads\//, ''), sha: readRef(gitDir, ref) ?? readRef(common, ref) };
    }
}
function commonDir(gitDir) {
    try {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(gitDir, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'commondir'), 'utf8').trim());
    }
    catch {
        return gitDir;
    }
}
function readRef(gitDir, ref) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, ref), 'utf8').trim();
    }
    catch {
        try {
            const packed = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'packed-refs'), 'utf8');
            return packed
                .split('\n')
                .find((l) => l.endsWith(` ${ref}`))
                ?.split(' ')[0];
        }
        catch {
            return undefined;
        }
    }
}
function localInfo(cwd) {
    return { kind: 'local', ...readGitHead(cwd) };
}
function localPlatform(cwd, out = process.stdout) {
    return {
        info: localInfo(cwd),
        isCI: false,
        startGroup: (title) => void out.write(`── ${title}\n`),
        endGroup: () => undefined,
        writeSummary: async () => undefined,
        setOutputs: async () => undefined,
        annotate: () => undefined,
        mask: () => undefined,
        comment: async () => ({ posted: false, detail: 'not on a CI platform' }),
    };
}


/***/ })

};
