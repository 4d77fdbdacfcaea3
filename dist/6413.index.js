export const id = 6413;
export const ids = [6413];
export const modules = {

/***/ 26413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUNLENS_VERSION: () => (/* binding */ RUNLENS_VERSION),
/* harmony export */   l: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   x: () => (/* binding */ ISSUES_URL)
/* harmony export */ });
// Kept equal to package.json's version by tests/platform/detect.test.ts (a JSON import would drag package.json into the bundle).
const RUNLENS_VERSION = '0.1.0';
const REPOSITORY_URL = 'https://github.com/runlens/runlens';
const ISSUES_URL = `${REPOSITORY_URL}/issues`;


/***/ })

};
