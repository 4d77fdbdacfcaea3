export const id = 958;
export const ids = [958];
export const modules = {

/***/ 6958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  builtinTextDetector: () => (/* binding */ builtinTextDetector)
});

// EXTERNAL MODULE: ./lib/checks/secrets/matcher.js + 5 modules
var secrets_matcher = __webpack_require__(2257);
;// CONCATENATED MODULE: ./lib/checks/secrets/rule.js
const EMPTY_ALLOW = { paths: [], regexes: [], stopwords: [] };

// EXTERNAL MODULE: ./lib/checks/secrets/rules.js + 19 modules
var rules = __webpack_require__(8651);
;// CONCATENATED MODULE: ./lib/checks/secrets/text-detector.js
// The secret rules over free text rather than files: a log line, a linter's message, a test's failure.
// The run's redactor (src/engine/redactor.ts) loads this lazily, so a command that runs nothing
// (`--version`, `validate`) never pays for compiling the rules.



/**
 * Text is scanned as if it were an env file: `password: s3cr3t…` in a log line is then caught by the
 * config-file rule too, not only quoted assignments.
 */
const TEXT_PATH = 'output.env';
let shared;
/** The built-in rules, compiled once per process. */
function builtinTextDetector() {
    if (!shared) {
        const matcher = new secrets_matcher/* Matcher */.PN({ rules: [...rules/* BUILTIN_RULES */.Y], allow: EMPTY_ALLOW });
        shared = { mayMatch: (text) => matcher.mayMatch(text), secretsIn: (text) => matcher.secretsIn(text, TEXT_PATH) };
    }
    return shared;
}


/***/ })

};
