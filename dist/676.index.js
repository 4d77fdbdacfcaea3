export const id = 676;
export const ids = [676];
export const modules = {

/***/ 8676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertGithubComment: () => (/* binding */ upsertGithubComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
// Sticky PR comment through the REST API (octokit): find ours by its marker, update it, or create it.

async function upsertGithubComment(target, body, marker) {
    const [owner, repo] = target.repository.split('/');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(target.token, { baseUrl: target.apiUrl });
    const issue = { owner, repo, issue_number: target.pullNumber };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    const ours = comments.find((c) => c.body?.includes(marker));
    if (ours) {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
        return data.html_url;
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body });
    return data.html_url;
}


/***/ })

};
