export const id = 7701;
export const ids = [7701];
export const modules = {

/***/ 47701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   partitionOutput: () => (/* binding */ partitionOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17594);
/* harmony import */ var _engine_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97018);
/* harmony import */ var _ingest_run_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63976);
// `runlens plan --shards N [--format text|github-matrix|gitlab] [--durations run.json]`.





async function partitionOutput(plan, o) {
    const total = (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShardCount */ .vI)(o.shards);
    let durations;
    if (o.durations) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(o.cwd, o.durations);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--durations: cannot read ${file}; give the run.json of a previous run`);
        durations = (0,_engine_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedDurations */ .SN)(await (0,_ingest_run_json_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunJson */ .s)(file));
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
