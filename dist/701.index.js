export const id = 701;
export const ids = [701];
export const modules = {

/***/ 7701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   partitionOutput: () => (/* binding */ partitionOutput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7594);
/* harmony import */ var _engine_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7018);
// `runlens plan --shards N [--format text|github-matrix|gitlab] [--durations run.json]`.




async function partitionOutput(plan, o) {
    const total = (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShardCount */ .vI)(o.shards);
    let durations;
    if (o.durations) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(o.cwd, o.durations);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--durations: cannot read ${file}; give the run.json of a previous run`);
        });
        try {
            durations = (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedDurations */ .SN)(JSON.parse(text));
        }
        catch {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--durations: ${file} is not a runlens run.json`);
        }
    }
    const part = (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .partition */ .jB)(plan, total, durations);
    if (o.format === 'github-matrix')
        return (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMatrix */ .Ti)(part);
    if (o.format === 'gitlab')
        return (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .gitlabParallel */ .bf)(part);
    return (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPartition */ .iK)(part);
}


/***/ })

};
