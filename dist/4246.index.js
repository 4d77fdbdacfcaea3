export const id = 4246;
export const ids = [4246];
export const modules = {

/***/ 74246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeps: () => (/* binding */ runDeps)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/errors.js
var base_errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/base/version.js
var version = __webpack_require__(26413);
// EXTERNAL MODULE: ./lib/model/severity.js
var severity = __webpack_require__(89506);
// EXTERNAL MODULE: ./lib/checks/check.js + 1 modules
var check = __webpack_require__(78929);
;// CONCATENATED MODULE: ./lib/checks/deps/versions/maven.js
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const NUMBER = /^\d+$/;
function isNull(t) {
    return t.numeric ? /^0+$/.test(t.value) || t.value === '' : t.value === '';
}
function tokenize(version) {
    const tokens = [];
    const re = /([.-]?)([^.-]*)/g;
    const text = version.trim().toLowerCase();
    let first = true;
    for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
        const sep = (first ? '' : m[1] || '-');
        first = false;
        const raw = m[2];
        // digit/letter transitions split a part, as if a `-` stood there
        const pieces = raw === '' ? [''] : raw.match(/\d+|\D+/g);
        pieces.forEach((piece, i) => {
            let value = piece;
            const numeric = value === '' || NUMBER.test(value);
            if (numeric)
                value = value === '' ? '0' : value.replace(/^0+(?=\d)/, '');
            else {
                const followedByNumber = i + 1 < pieces.length;
                if (followedByNumber && value === 'a')
                    value = 'alpha';
                else if (followedByNumber && value === 'b')
                    value = 'beta';
                else if (followedByNumber && value === 'm')
                    value = 'milestone';
                if (value === 'cr')
                    value = 'rc';
                if (value === 'ga' || value === 'final' || value === 'release')
                    value = '';
            }
            tokens.push({ sep: i === 0 ? sep : '-', value, numeric });
        });
        if (re.lastIndex === m.index)
            re.lastIndex++;
    }
    trim(tokens);
    return tokens;
}
/** Drops trailing nulls, then again before each remaining `-`, from the end to the start. */
function trim(tokens) {
    let end = tokens.length;
    for (let i = tokens.length - 1; i >= 0; i--) {
        if (i === tokens.length - 1 || tokens[i + 1]?.sep === '-') {
            // i is the last token of a `-` segment: drop its trailing nulls
            let j = i;
            while (j > 0 && isNull(tokens[j]) && tokens[j].sep !== '-')
                j--;
            // the segment's own leading token (sep '-') can be null too, when it is not the first token
            const k = j > 0 && isNull(tokens[j]) ? j - 1 : j;
            if (k < i)
                tokens.splice(k + 1, i - k);
            end = Math.min(end, tokens.length);
        }
    }
}
function qualifierRank(value) {
    const i = QUALIFIERS.indexOf(value);
    return i >= 0 ? i : QUALIFIERS.length;
}
function padFor(other) {
    return other.sep === '-' ? { sep: '-', value: '', numeric: false, pad: true } : { sep: '.', value: '0', numeric: true, pad: true };
}
function sepOrder(t) {
    // `.qualifier` < `-qualifier` < `-number` < `.number`
    if (t.numeric)
        return t.sep === '-' ? 2 : 3;
    return t.sep === '-' ? 1 : 0;
}
function compareToken(a, b) {
    if (a.sep === b.sep || a.sep === '' || b.sep === '') {
        if (a.numeric && b.numeric) {
            const x = BigInt(a.value);
            const y = BigInt(b.value);
            return x === y ? 0 : x < y ? -1 : 1;
        }
        if (a.numeric !== b.numeric) {
            // a number beats a qualifier, unless the number is padding (then it stands for "" : release)
            if (a.numeric && !a.pad)
                return 1;
            if (b.numeric && !b.pad)
                return -1;
        }
        const av = a.numeric ? '' : a.value;
        const bv = b.numeric ? '' : b.value;
        const ra = qualifierRank(av);
        const rb = qualifierRank(bv);
        if (ra !== rb)
            return ra < rb ? -1 : 1;
        if (ra === QUALIFIERS.length)
            return av < bv ? -1 : av > bv ? 1 : 0;
        return 0;
    }
    return Math.sign(sepOrder(a) - sepOrder(b));
}
const cache = new Map();
function tokensOf(v) {
    let t = cache.get(v);
    if (!t) {
        t = tokenize(v);
        cache.set(v, t);
    }
    return t;
}
function compareMaven(a, b) {
    const x = tokensOf(a);
    const y = tokensOf(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i] ?? padFor(y[i]);
        const r = y[i] ?? padFor(x[i]);
        const c = compareToken(l, r);
        if (c !== 0)
            return c;
    }
    return 0;
}

;// CONCATENATED MODULE: ./lib/checks/deps/versions/packagist.js
// Packagist ordering: Composer's. Composer normalises a version (strips a leading `v`, pads the release to
// four numbers: `1.2` is `1.2.0.0`) and then compares with PHP's version_compare, whose rules are:
// split on `.`, `-`, `_`, `+` and between digits and letters; numbers compare as numbers; words rank
// unknown < dev < alpha = a < beta = b < RC = rc < (a number) < pl = p; a longer version wins when
// its next part is a number and otherwise ranks that part against a number.
const SPECIAL = [
    ['dev', 0],
    ['alpha', 1],
    ['a', 1],
    ['beta', 2],
    ['b', 2],
    ['RC', 3],
    ['rc', 3],
    ['#', 4],
    ['pl', 5],
    ['p', 5],
];
function special(part) {
    for (const [form, rank] of SPECIAL)
        if (part.startsWith(form))
            return rank;
    return -6;
}
const packagist_NUMBER = /^\d+$/;
function canonical(v) {
    let s = v.trim().replace(/^[vV](?=\d)/, '');
    s = s.replace(/[-_+]/g, '.');
    s = s.replace(/([^\d.])(\d)/g, '$1.$2').replace(/(\d)([^\d.])/g, '$1.$2');
    const parts = s.split('.').filter((p) => p !== '');
    // Composer pads the numeric release to four parts before comparing.
    let n = 0;
    while (n < parts.length && packagist_NUMBER.test(parts[n]))
        n++;
    if (n > 0 && n < 4)
        parts.splice(n, 0, ...Array(4 - n).fill('0'));
    return parts;
}
function comparePart(a, b) {
    const na = packagist_NUMBER.test(a);
    const nb = packagist_NUMBER.test(b);
    if (na && nb) {
        const x = BigInt(a);
        const y = BigInt(b);
        return x === y ? 0 : x < y ? -1 : 1;
    }
    const ra = na ? special('#') : special(a);
    const rb = nb ? special('#') : special(b);
    return Math.sign(ra - rb);
}
function compareParts(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = comparePart(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    if (a.length > n)
        return packagist_NUMBER.test(a[n]) ? 1 : compareParts(a.slice(n), ['#']);
    if (b.length > n)
        return packagist_NUMBER.test(b[n]) ? -1 : compareParts(['#'], b.slice(n));
    return 0;
}
function comparePackagist(a, b) {
    return compareParts(canonical(a), canonical(b));
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
;// CONCATENATED MODULE: ./lib/checks/deps/versions/pypi.js
// PEP 440 ordering (PyPI): @renovatebot/pep440. Versions PEP 440 cannot parse (old "legacy" versions)
// sort before every valid one, as pip's LegacyVersion did, and among themselves as strings.

const validity = new Map();
function isValid(v) {
    let ok = validity.get(v);
    if (ok === undefined) {
        ok = (0,pep440/* valid */.rZ)(v) !== null;
        validity.set(v, ok);
    }
    return ok;
}
// The library parses both versions on every call; matching compares the same few pairs over and over.
const compared = new Map();
function comparePypi(a, b) {
    const va = isValid(a);
    const vb = isValid(b);
    if (va && vb) {
        const key = `${a}\0${b}`;
        let c = compared.get(key);
        if (c === undefined) {
            c = Math.sign((0,pep440/* compare */.UD)(a, b));
            compared.set(key, c);
        }
        return c;
    }
    if (va !== vb)
        return va ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/ruby-semver/dist/index.js + 2 modules
var dist = __webpack_require__(36795);
;// CONCATENATED MODULE: ./lib/checks/deps/versions/rubygems.js
// RubyGems ordering (Gem::Version): @renovatebot/ruby-semver. `1.0.a` < `1.0` (a letter makes a
// prerelease), `1.0` == `1.0.0`. Strings Gem::Version rejects sort before valid ones, then as strings.

function compareRubygems(a, b) {
    const va = (0,dist/* valid */.rZ)(a) !== null;
    const vb = (0,dist/* valid */.rZ)(b) !== null;
    if (va && vb)
        return (0,dist.eq)(a, b) ? 0 : (0,dist.gt)(a, b) ? 1 : -1;
    if (va !== vb)
        return va ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/checks/deps/versions/semver.js
// SemVer 2.0 precedence (npm, crates.io, Go): the `semver` package, with a lenient fallback for the
// versions real databases and lockfiles hold that are not strict SemVer (`1.2`, `2.0.0.1`, `1.0-beta`).

function loose(v) {
    const noBuild = v.split('+', 1)[0];
    const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(noBuild);
    if (!m)
        return { release: [], pre: noBuild === '' ? [] : noBuild.split('.').map(ident) };
    const release = m[1].split('.').map(BigInt);
    const rest = m[2].replace(/^[-.]/, '');
    return { release, pre: rest === '' ? [] : rest.split('.').map(ident) };
}
function ident(s) {
    return /^\d+$/.test(s) ? BigInt(s) : s;
}
/** SemVer §11: numeric identifiers compare numerically and sort before alphanumeric ones. */
function comparePre(a, b) {
    // a release sorts after its prereleases
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        if (typeof x === 'bigint' && typeof y === 'bigint')
            return x < y ? -1 : 1;
        if (typeof x === 'bigint')
            return -1;
        if (typeof y === 'bigint')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
const loosened = new Map();
function looseOf(v) {
    let l = loosened.get(v);
    if (!l) {
        l = loose(v);
        loosened.set(v, l);
    }
    return l;
}
function compareLoose(a, b) {
    const x = looseOf(a);
    const y = looseOf(b);
    for (let i = 0; i < Math.max(x.release.length, y.release.length, 3); i++) {
        const p = x.release[i] ?? 0n;
        const q = y.release[i] ?? 0n;
        if (p !== q)
            return p < q ? -1 : 1;
    }
    return comparePre(x.pre, y.pre);
}
const parsed = new Map();
function parse(v) {
    let p = parsed.get(v);
    if (p === undefined) {
        p = semver.parse(v, { loose: false });
        parsed.set(v, p);
    }
    return p;
}
/** Build metadata is ignored (SemVer §10); `1.0.0+a` equals `1.0.0+b`. */
function compareSemver(a, b) {
    const x = parse(a);
    const y = parse(b);
    if (x && y)
        return x.compare(y);
    return compareLoose(a, b);
}
/**
 * Go module versions: SemVer with a `v` prefix. Pseudo-versions (`v0.0.0-20210101000000-abcdef123456`)
 * are SemVer prereleases and order as Go orders them; `+incompatible` is build metadata and ignored.
 */
function compareGo(a, b) {
    return compareSemver(stripV(a), stripV(b));
}
function stripV(v) {
    return v.startsWith('v') ? v.slice(1) : v;
}

;// CONCATENATED MODULE: ./lib/checks/deps/versions/index.js





const BY_ECOSYSTEM = {
    npm: compareSemver,
    'crates.io': compareSemver,
    Go: compareGo,
    PyPI: comparePypi,
    RubyGems: compareRubygems,
    Packagist: comparePackagist,
    Maven: compareMaven,
};
function ecosystemOrder(ecosystem) {
    return BY_ECOSYSTEM[ecosystem];
}
/** `SEMVER` ranges: SemVer 2.0 precedence; Go writes its versions with a `v` the database omits. */
function semverOrder(ecosystem) {
    return ecosystem === 'Go' ? compareGo : compareSemver;
}

;// CONCATENATED MODULE: ./lib/checks/deps/match.js


/** PEP 503: runs of `-`, `_`, `.` are one `-`, lower case. */
function normalizePypiName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The name under which advisories list a package: PyPI normalised, other ecosystems as spelled. */
function advisoryName(ecosystem, name) {
    return ecosystem === 'PyPI' ? normalizePypiName(name) : name;
}
/** The version as OSV writes it: Go versions without their `v`. */
function advisoryVersion(ecosystem, version) {
    return ecosystem === 'Go' ? stripV(version) : version;
}
/** `Maven:https://…`, `Packagist:https://…` name the ecosystem plus a repository. */
function ecosystemOf(affected) {
    const e = affected.package?.ecosystem;
    const colon = e?.indexOf(':') ?? -1;
    return colon < 0 ? e : e.slice(0, colon);
}
function eventVersion(e) {
    return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
}
// A range's events sorted once per ordering: matching asks the same ranges again and again.
const sortedCache = new WeakMap();
function sortedEvents(events, order) {
    let byOrder = sortedCache.get(events);
    if (!byOrder) {
        byOrder = new Map();
        sortedCache.set(events, byOrder);
    }
    let sorted = byOrder.get(order);
    if (!sorted) {
        sorted = sortEvents(events, order);
        byOrder.set(order, sorted);
    }
    return sorted;
}
/** `introduced: "0"` sorts before everything, a `limit` containing `*` after everything. */
function sortEvents(events, order) {
    const key = (e) => (e.introduced === '0' ? -1 : e.limit?.includes('*') ? 1 : 0);
    // Stable: events at the same version keep the record's order.
    return events
        .filter((e) => eventVersion(e) !== undefined)
        .map((e, i) => ({ e, i }))
        .sort((a, b) => {
        const ka = key(a.e);
        const kb = key(b.e);
        if (ka !== 0 || kb !== 0)
            return ka !== kb ? ka - kb : a.i - b.i;
        return order(eventVersion(a.e), eventVersion(b.e)) || a.i - b.i;
    })
        .map((x) => x.e);
}
function beforeLimits(v, range, order) {
    const limits = range.events.filter((e) => e.limit !== undefined);
    if (limits.length === 0)
        return true;
    return limits.some((e) => e.limit.includes('*') || order(v, e.limit) < 0);
}
function rangeIncludes(v, range, order) {
    if (!beforeLimits(v, range, order))
        return false;
    let vulnerable = false;
    for (const e of sortedEvents(range.events, order)) {
        if (e.introduced !== undefined && (e.introduced === '0' || order(v, e.introduced) >= 0))
            vulnerable = true;
        else if (e.fixed !== undefined && order(v, e.fixed) >= 0)
            vulnerable = false;
        else if (e.last_affected !== undefined && order(v, e.last_affected) > 0)
            vulnerable = false;
    }
    return vulnerable;
}
function orderOf(range, ecosystem) {
    if (range.type === 'SEMVER')
        return semverOrder(ecosystem);
    if (range.type === 'ECOSYSTEM')
        return ecosystemOrder(ecosystem);
    return undefined;
}
/** The `affected[]` entries of `record` about this package (ecosystem and advisory name). */
function entriesFor(record, ecosystem, name) {
    const wanted = advisoryName(ecosystem, name);
    return (record.affected ?? []).filter((a) => ecosystemOf(a) === ecosystem && a.package && advisoryName(ecosystem, a.package.name) === wanted);
}
function entryAffects(entry, ecosystem, version) {
    const v = advisoryVersion(ecosystem, version);
    if ((entry.versions ?? []).some((listed) => listed === v || listed === version))
        return true;
    for (const range of entry.ranges ?? []) {
        const order = orderOf(range, ecosystem);
        if (order && rangeIncludes(v, range, order))
            return true;
    }
    return false;
}
/** The entries of `record` that make this version of the package affected (none: not affected). */
function affectingEntries(record, pkg) {
    return entriesFor(record, pkg.ecosystem, pkg.name).filter((e) => entryAffects(e, pkg.ecosystem, pkg.version));
}
function isAffected(record, pkg) {
    return affectingEntries(record, pkg).length > 0;
}
/** The `fixed` versions of the ranges that hold this version, in ecosystem order. */
function fixedVersions(entries, ecosystem, version) {
    const v = advisoryVersion(ecosystem, version);
    const out = new Set();
    for (const entry of entries) {
        for (const range of entry.ranges ?? []) {
            const order = orderOf(range, ecosystem);
            if (!order || !rangeIncludes(v, range, order))
                continue;
            for (const e of range.events)
                if (e.fixed !== undefined && order(e.fixed, v) > 0)
                    out.add(e.fixed);
        }
    }
    const order = ecosystemOrder(ecosystem);
    return [...out].sort(order);
}
/**
 * The smallest version above `version` that none of `records` affects, among their fixed versions:
 * the one upgrade that clears them all. Undefined when no listed fix clears every record.
 */
function smallestUpgrade(records, pkg) {
    const order = ecosystemOrder(pkg.ecosystem);
    const v = advisoryVersion(pkg.ecosystem, pkg.version);
    const candidates = new Set();
    for (const r of records)
        for (const entry of entriesFor(r, pkg.ecosystem, pkg.name))
            for (const range of entry.ranges ?? [])
                for (const e of range.events)
                    if (e.fixed !== undefined && order(e.fixed, v) > 0)
                        candidates.add(e.fixed);
    const entries = records.flatMap((r) => entriesFor(r, pkg.ecosystem, pkg.name));
    for (const c of [...candidates].sort(order)) {
        if (!entries.some((e) => entryAffects(e, pkg.ecosystem, c)))
            return c;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/checks/deps/osv/concurrency.js
/** `fn` over `items`, at most `limit` at a time, results in input order. The first rejection rejects. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/osv/record.js
/**
 * A parsed document that is an OSV record, or why not. Every field the deps check reads is checked for its
 * type here (a record is untrusted input: an offline database, a cache file, an API answer), so a record of
 * the wrong shape is one problem the step reports, never a TypeError while matching or reporting.
 */
function asRecord(value) {
    if (!isObject(value))
        return 'not an object';
    const r = value;
    if (typeof r.id !== 'string' || r.id === '')
        return 'no `id`';
    return (optional(r, ['modified', 'published', 'withdrawn', 'summary', 'details'], 'string') ??
        stringList(r, 'aliases') ??
        stringList(r, 'related') ??
        severities(r.severity, '`severity`') ??
        objectField(r, 'database_specific', '`database_specific`') ??
        list(r.references, '`references`', (ref, at) => !isObject(ref) || typeof ref.type !== 'string' || typeof ref.url !== 'string' ? `${at} is not a {type, url} object` : undefined) ??
        list(r.affected, '`affected`', affected) ??
        r);
}
function affected(a, at) {
    if (!isObject(a))
        return `${at} is not an object`;
    if (a.package !== undefined) {
        const p = a.package;
        if (!isObject(p) || typeof p.ecosystem !== 'string' || typeof p.name !== 'string')
            return `${at}.package is not an object with a string \`ecosystem\` and \`name\``;
        if (p.purl !== undefined && typeof p.purl !== 'string')
            return `${at}.package.purl is not a string`;
    }
    return (severities(a.severity, `${at}.severity`) ??
        stringList(a, 'versions', at) ??
        objectField(a, 'ecosystem_specific', `${at}.ecosystem_specific`) ??
        objectField(a, 'database_specific', `${at}.database_specific`) ??
        list(a.ranges, `${at}.ranges`, (range, where) => {
            if (!isObject(range) || typeof range.type !== 'string')
                return `${where} is not an object with a string \`type\``;
            if (range.repo !== undefined && typeof range.repo !== 'string')
                return `${where}.repo is not a string`;
            if (!Array.isArray(range.events))
                return `${where} has no \`events\` list`;
            return list(range.events, `${where}.events`, (e, w) => !isObject(e) || !Object.values(e).every((v) => typeof v === 'string') ? `${w} is not an object of version strings` : undefined);
        }));
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function optional(o, keys, type) {
    for (const k of keys)
        if (o[k] !== undefined && typeof o[k] !== type)
            return `\`${k}\` is not a ${type}`;
    return undefined;
}
function objectField(o, key, at) {
    return o[key] !== undefined && !isObject(o[key]) ? `${at} is not an object` : undefined;
}
function stringList(o, key, parent) {
    const at = parent ? `${parent}.${key}` : `\`${key}\``;
    return list(o[key], at, (v, w) => (typeof v === 'string' ? undefined : `${w} is not a string`));
}
function severities(v, at) {
    return list(v, at, (s, w) => !isObject(s) || typeof s.type !== 'string' || typeof s.score !== 'string' ? `${w} is not a {type, score} object of strings` : undefined);
}
/** Why an optional list is not a list of good items (the first bad one), or undefined. */
function list(v, at, item) {
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v))
        return `${at} is not a list`;
    for (let i = 0; i < v.length; i++) {
        const why = item(v[i], `${at}[${i}]`);
        if (why)
            return why;
    }
    return undefined;
}
/** A record the database has taken back: never reported. */
function isWithdrawn(r, now = Date.now()) {
    if (!r.withdrawn)
        return false;
    const t = Date.parse(r.withdrawn);
    // A withdrawal dated in the future is not in force yet; an unparsable date still withdraws.
    return Number.isNaN(t) || t <= now;
}

;// CONCATENATED MODULE: ./lib/checks/deps/osv/api.js
// The OSV API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` answers which advisory ids
// affect each (package, version), ≤ 1,000 queries a request, paginated per query with
// `next_page_token`; the records themselves come from `GET /v1/vulns/{id}`.
//
// Requests use Node's fetch with a small retry loop rather than a library: the loop needs exactly
// three things (a per-attempt timeout, exponential backoff with jitter on 429/5xx/network errors, and
// `Retry-After` honoured), which p-retry/got/ky each cover only with adapters around fetch anyway.



const QUERY_BATCH_LIMIT = 1000;
class OsvApiError extends base_errors/* RunlensError */.YD {
    name = 'OsvApiError';
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** `Retry-After`: seconds, or an HTTP date. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(header))
        return Number(header) * 1000;
    const t = Date.parse(header);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
class OsvApiClient {
    opts;
    stats = { requests: 0, retries: 0, cachedQueries: 0, cachedRecords: 0 };
    constructor(opts) {
        this.opts = opts;
    }
    url(p) {
        return `${this.opts.baseUrl.replace(/\/+$/, '')}${p}`;
    }
    /** One JSON request with timeout and retries; throws OsvApiError with what went wrong last. */
    async request(method, p, body) {
        const { retries, timeoutMs, signal } = this.opts;
        const backoff = this.opts.backoffMs ?? 500;
        let last = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (signal.aborted)
                throw signal.reason;
            let wait;
            const timeout = AbortSignal.timeout(timeoutMs);
            try {
                this.stats.requests++;
                const res = await fetch(this.url(p), {
                    method,
                    headers: {
                        accept: 'application/json',
                        'user-agent': this.opts.userAgent,
                        ...(body ? { 'content-type': 'application/json' } : {}),
                    },
                    body: body === undefined ? undefined : JSON.stringify(body),
                    signal: AbortSignal.any([signal, timeout]),
                });
                if (res.ok) {
                    const text = await res.text();
                    try {
                        return JSON.parse(text);
                    }
                    catch {
                        last = `${method} ${p} answered ${res.status} with malformed JSON (${text.length} bytes)`;
                    }
                }
                else if (res.status === 429 || res.status >= 500) {
                    await res.body?.cancel();
                    last = `${method} ${p} answered ${res.status} ${res.statusText}`.trim();
                    wait = retryAfterMs(res.headers.get('retry-after'));
                }
                else {
                    const text = (await res.text()).slice(0, 300);
                    throw new OsvApiError(`the OSV API refused ${method} ${p}: ${res.status} ${res.statusText} ${text}`.trim());
                }
            }
            catch (err) {
                if (err instanceof OsvApiError)
                    throw err;
                if (signal.aborted)
                    throw signal.reason;
                last = timeout.aborted
                    ? `${method} ${p} timed out after ${timeoutMs} ms`
                    : `${method} ${p} failed: ${err.cause instanceof Error ? err.cause.message : err.message}`;
            }
            if (attempt === retries)
                break;
            const delay = Math.min(wait ?? backoff * 2 ** attempt * (0.5 + Math.random() / 2), this.opts.maxRetryAfterMs ?? 60_000);
            this.stats.retries++;
            this.opts.log?.(`osv-api: ${last}; retrying in ${Math.round(delay)} ms (${attempt + 1}/${retries})`);
            await sleep(delay, signal);
        }
        throw new OsvApiError(`the OSV API at ${this.opts.baseUrl} could not be used: ${last} (after ${retries + 1} attempts)`);
    }
    cacheKey(q) {
        return JSON.stringify([this.opts.baseUrl, q.ecosystem, q.name, q.version]);
    }
    /** The advisory ids affecting each query (same order), all pages. */
    async queryBatch(queries) {
        const out = queries.map(() => []);
        const todo = [];
        queries.forEach((q, i) => {
            const hit = this.opts.cache?.query(this.cacheKey(q));
            if (hit) {
                out[i] = hit;
                this.stats.cachedQueries++;
            }
            else
                todo.push(i);
        });
        // Each pending query with its page token; a page answer may carry a token for the next page.
        let pending = todo.map((i) => ({ i, token: undefined }));
        while (pending.length > 0) {
            const next = [];
            for (let at = 0; at < pending.length; at += QUERY_BATCH_LIMIT) {
                const chunk = pending.slice(at, at + QUERY_BATCH_LIMIT);
                const body = {
                    queries: chunk.map(({ i, token }) => ({
                        package: { ecosystem: queries[i].ecosystem, name: queries[i].name },
                        version: queries[i].version,
                        ...(token ? { page_token: token } : {}),
                    })),
                };
                const answer = (await this.request('POST', '/v1/querybatch', body));
                if (!answer || !Array.isArray(answer.results) || answer.results.length !== chunk.length) {
                    throw new OsvApiError(`the OSV API answered /v1/querybatch with ${Array.isArray(answer?.results) ? `${answer.results.length} results for ${chunk.length} queries` : 'no `results` list'}`);
                }
                answer.results.forEach((r, k) => {
                    const { i } = chunk[k];
                    const res = (r ?? {});
                    for (const v of res.vulns ?? []) {
                        if (typeof v.id === 'string')
                            out[i].push(typeof v.modified === 'string' ? { id: v.id, modified: v.modified } : { id: v.id });
                    }
                    if (typeof res.next_page_token === 'string' && res.next_page_token !== '')
                        next.push({ i, token: res.next_page_token });
                });
            }
            pending = next;
        }
        for (const i of todo)
            this.opts.cache?.setQuery(this.cacheKey(queries[i]), out[i]);
        return out;
    }
    /** The records, from the cache when current, else `GET /v1/vulns/{id}`, `concurrency` at a time. */
    async records(refs) {
        return mapLimit(refs, this.opts.concurrency, async (ref) => {
            const cached = await this.opts.cache?.record(ref);
            if (cached) {
                this.stats.cachedRecords++;
                return cached;
            }
            const value = await this.request('GET', `/v1/vulns/${encodeURIComponent(ref.id)}`);
            const r = asRecord(value);
            if (typeof r === 'string')
                throw new OsvApiError(`the OSV API answered /v1/vulns/${ref.id} with something that is not an OSV record (${r})`);
            await this.opts.cache?.setRecord(r).catch(() => undefined);
            return r;
        });
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/base/hash.js
var hash = __webpack_require__(50645);
// EXTERNAL MODULE: ./lib/base/written-files.js + 1 modules
var written_files = __webpack_require__(70155);
;// CONCATENATED MODULE: ./lib/checks/deps/osv/cache.js
// The OSV API's answers on disk, so a repeated run asks nothing it asked within the TTL:
// `<dir>/queries.json` maps each (API, ecosystem, package, version) to the advisory ids and their
// `modified` times, with when it was asked; `<dir>/vulns/<id>.json` holds each record, reused while its
// `modified` time matches what the query said. It is a cache: a lost or corrupt file costs a request,
// never a wrong answer, so writes are rename-atomic but not fsynced.






/** `$XDG_CACHE_HOME/runlens/osv`, else `~/.cache/runlens/osv`. */
function defaultCacheDir(env) {
    const base = env.XDG_CACHE_HOME || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.cache');
    return external_node_path_.join(base, 'runlens', 'osv');
}
async function writeReplacing(file, data) {
    await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
    const tmp = `${file}.${(0,hash/* randomHex */.nw)(6)}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, file);
    (0,written_files/* recordWrite */.bi)(file);
}
function safeName(id) {
    return /^[A-Za-z0-9._-]+$/.test(id) ? id : (0,hash/* createHash */.n1)('sha256').update(id).digest('hex');
}
class OsvCache {
    dir;
    ttlMs;
    now;
    queries = new Map();
    dirty = false;
    constructor(dir, ttlMs, now) {
        this.dir = dir;
        this.ttlMs = ttlMs;
        this.now = now;
    }
    static async open(dir, ttlMs, now = Date.now) {
        const cache = new OsvCache(dir, ttlMs, now);
        try {
            const data = JSON.parse(await (0,promises_.readFile)(external_node_path_.join(dir, 'queries.json'), 'utf8'));
            for (const [k, v] of Object.entries(data))
                if (v && typeof v.at === 'number' && Array.isArray(v.vulns))
                    cache.queries.set(k, v);
        }
        catch {
            // none yet, or unreadable: start empty
        }
        return cache;
    }
    /** The ids a query returned within the TTL, or undefined. */
    query(key) {
        const e = this.queries.get(key);
        if (!e || this.now() - e.at > this.ttlMs || e.at > this.now())
            return undefined;
        return e.vulns;
    }
    setQuery(key, vulns) {
        this.queries.set(key, { at: this.now(), vulns });
        this.dirty = true;
    }
    /** The cached record, when it is as recent as `modified` (or, with no `modified`, within the TTL). */
    async record(ref) {
        try {
            const file = external_node_path_.join(this.dir, 'vulns', `${safeName(ref.id)}.json`);
            const r = asRecord(JSON.parse(await (0,promises_.readFile)(file, 'utf8')));
            if (typeof r === 'string' || r.id !== ref.id)
                return undefined;
            if (ref.modified !== undefined && r.modified !== ref.modified)
                return undefined;
            return r;
        }
        catch {
            return undefined;
        }
    }
    async setRecord(r) {
        await writeReplacing(external_node_path_.join(this.dir, 'vulns', `${safeName(r.id)}.json`), JSON.stringify(r));
    }
    /** Writes the query answers, dropping expired ones. */
    async flush() {
        if (!this.dirty)
            return;
        const now = this.now();
        const live = {};
        for (const [k, v] of this.queries)
            if (now - v.at <= this.ttlMs)
                live[k] = v;
        await writeReplacing(external_node_path_.join(this.dir, 'queries.json'), JSON.stringify(live));
        this.dirty = false;
    }
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./lib/checks/deps/package.js
// What a lockfile says a repository installs: the unit the advisory matching works on.
const ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven']; // OSV ecosystem names

;// CONCATENATED MODULE: ./lib/checks/deps/osv/offline.js
// An offline advisory database: osv-scanner's layout (`<dir>/<Ecosystem>/all.zip`, as osv.dev publishes
// it per ecosystem), a directory of OSV records (`*.json`, `*.yaml`, at any depth, e.g. a checkout
// of an advisory repository), or a mix. Only the records that name a package the lockfiles lock are
// parsed: a cheap scan of each record's text for its `name` fields comes first.











/** Every spelling of a wanted name a record could use: as locked, and PEP 503-normalised. */
function nameFilter(names) {
    const out = new Set();
    for (const n of names) {
        out.add(n);
        out.add(normalizePypiName(n));
    }
    return out;
}
const JSON_NAME = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
const YAML_NAME = /^[ \t-]*name:[ \t]*(['"]?)(.*?)\1[ \t]*$/gm;
/** The package names a record's text mentions (`affected[].package.name`, and any other `name` field). */
function namesIn(text, yaml) {
    const re = yaml ? YAML_NAME : JSON_NAME;
    re.lastIndex = 0;
    const out = [];
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push(yaml ? m[2] : m[1].replace(/\\(.)/g, '$1'));
    return out;
}
function anyWanted(names, wanted) {
    return names.some((name) => wanted.has(name) || wanted.has(normalizePypiName(name)));
}
function parseRecord(text, yaml, where, problems) {
    let value;
    try {
        value = yaml ? (0,js_yaml/* load */.Hh)(text) : JSON.parse(text);
    }
    catch (err) {
        problems.push(`${where}: not valid ${yaml ? 'YAML' : 'JSON'} (${err.message.split('\n')[0]})`);
        return undefined;
    }
    const r = asRecord(value);
    if (typeof r === 'string') {
        problems.push(`${where}: not an OSV record (${r})`);
        return undefined;
    }
    return r;
}
const RECORD_FILE = /\.(json|ya?ml)$/i;
async function walk(dir, ecosystems, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const e of entries) {
        const abs = external_node_path_.join(dir, e.name);
        if (e.isDirectory()) {
            if (e.name.startsWith('.'))
                continue;
            // A folder named after an ecosystem no lockfile uses holds nothing to match.
            if (ECOSYSTEMS.includes(e.name) && !ecosystems.has(e.name))
                continue;
            await walk(abs, ecosystems, out);
        }
        else if (e.isFile() || e.isSymbolicLink()) {
            if (/\.zip$/i.test(e.name))
                out.zips.push(abs);
            else if (RECORD_FILE.test(e.name))
                out.files.push(abs);
        }
    }
}
async function loadOfflineDatabase(dir, ecosystems, names, opts = {}) {
    const wanted = nameFilter(names);
    const found = { files: [], zips: [] };
    try {
        await walk(dir, new Set(ecosystems), found);
    }
    catch (err) {
        const code = err.code;
        throw new base_errors/* InputError */.dz({ file: dir }, code === 'ENOENT'
            ? 'the offline advisory database does not exist'
            : `cannot read the offline advisory database (${code ?? err.message})`, 'set `source:` to a directory holding <Ecosystem>/all.zip files or OSV records, or to `osv-api`');
    }
    const problems = [];
    const records = [];
    let files = 0;
    for (const zip of found.zips.sort()) {
        try {
            files += await readZip(zip, wanted, opts.indexDir, (text, yaml, where) => {
                const r = parseRecord(text, yaml, where, problems);
                if (r)
                    records.push(r);
            });
        }
        catch (err) {
            problems.push(`${zip}: not a readable zip (${err.message})`);
        }
    }
    const texts = await mapLimit(found.files.sort(), 64, (f) => (0,promises_.readFile)(f, 'utf8'));
    found.files.forEach((file, i) => {
        files++;
        const text = texts[i];
        const yaml = !/\.json$/i.test(file);
        if (!anyWanted(namesIn(text, yaml), wanted))
            return;
        const r = parseRecord(text, yaml, file, problems);
        if (r)
            records.push(r);
    });
    return { records: newestById(records), files, zips: found.zips, problems };
}
/** One record per id: the most recently modified (a record can be both zipped and loose). */
function newestById(records) {
    const byId = new Map();
    for (const r of records) {
        const had = byId.get(r.id);
        if (!had || (r.modified ?? '') > (had.modified ?? ''))
            byId.set(r.id, r);
    }
    return [...byId.values()];
}
function indexFile(indexDir, zip) {
    return external_node_path_.join(indexDir, `${(0,hash/* createHash */.n1)('sha256').update(external_node_path_.resolve(zip)).digest('hex').slice(0, 32)}.json`);
}
async function readIndex(indexDir, zip, size, mtimeMs) {
    if (!indexDir)
        return undefined;
    try {
        const idx = JSON.parse(await (0,promises_.readFile)(indexFile(indexDir, zip), 'utf8'));
        return idx.version === 1 && idx.zip === external_node_path_.resolve(zip) && idx.size === size && idx.mtimeMs === mtimeMs ? idx : undefined;
    }
    catch {
        return undefined;
    }
}
async function writeIndex(indexDir, idx) {
    const file = indexFile(indexDir, idx.zip);
    await (0,promises_.mkdir)(indexDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(idx));
    await (0,promises_.rename)(tmp, file);
    (0,written_files/* recordWrite */.bi)(file);
}
/** Calls `take` for each entry of `zip` that names a wanted package; returns the number of record entries. */
async function readZip(zip, wanted, indexDir, take) {
    const st = await (0,promises_.stat)(zip);
    const idx = await readIndex(indexDir, zip, st.size, st.mtimeMs);
    const decoder = new TextDecoder();
    const bytes = new Uint8Array(await (0,promises_.readFile)(zip));
    if (idx) {
        const names = Object.keys(idx.entries);
        const needed = new Set(names.filter((n) => anyWanted(idx.entries[n], wanted)));
        const entries = needed.size > 0 ? (0,esm/* unzipSync */.AO)(bytes, { filter: (f) => needed.has(f.name) }) : {};
        for (const [name, data] of Object.entries(entries))
            take(decoder.decode(data), !/\.json$/i.test(name), `${zip}!${name}`);
        return names.length;
    }
    const entries = (0,esm/* unzipSync */.AO)(bytes, { filter: (f) => RECORD_FILE.test(f.name) });
    const index = { version: 1, zip: external_node_path_.resolve(zip), size: st.size, mtimeMs: st.mtimeMs, entries: {} };
    for (const [name, data] of Object.entries(entries)) {
        const text = decoder.decode(data);
        const yaml = !/\.json$/i.test(name);
        const mentioned = [...new Set(namesIn(text, yaml))];
        index.entries[name] = mentioned;
        if (anyWanted(mentioned, wanted))
            take(text, yaml, `${zip}!${name}`);
    }
    if (indexDir)
        await writeIndex(indexDir, index).catch(() => undefined);
    return Object.keys(index.entries).length;
}

;// CONCATENATED MODULE: ./lib/checks/deps/advisories.js
// Which advisories affect which locked packages: from an offline database or the OSV API, matched
// by match.ts either way (with the API, its answer decides what is affected; the records still give
// the fixed versions and severities).






function packageKey(p) {
    return `${p.ecosystem}\0${advisoryName(p.ecosystem, p.name)}\0${advisoryVersion(p.ecosystem, p.version)}`;
}
function unique(packages) {
    const seen = new Map();
    for (const p of packages)
        if (!seen.has(packageKey(p)))
            seen.set(packageKey(p), p);
    return [...seen.values()];
}
async function offlineSource(dir, packages, opts = {}, now = Date.now()) {
    const ecosystems = new Set(packages.map((p) => p.ecosystem));
    const loaded = await loadOfflineDatabase(dir, ecosystems, packages.map((p) => p.name), opts);
    // name index: ecosystem + advisory name → records
    const index = new Map();
    let withdrawn = 0;
    for (const r of loaded.records) {
        if (isWithdrawn(r, now)) {
            withdrawn++;
            continue;
        }
        const keys = new Set();
        for (const a of r.affected ?? []) {
            const eco = a.package?.ecosystem.split(':', 1)[0];
            if (!a.package || !eco || !ecosystems.has(eco))
                continue;
            keys.add(`${eco}\0${advisoryName(eco, a.package.name)}`);
        }
        for (const k of keys) {
            const list = index.get(k);
            if (list)
                list.push(r);
            else
                index.set(k, [r]);
        }
    }
    const memo = new Map();
    return {
        description: `the offline database ${dir} (${loaded.files.toLocaleString('en-US')} records${loaded.zips.length ? ` in ${loaded.zips.length} zip${loaded.zips.length === 1 ? '' : 's'} and files` : ''}, ${loaded.records.length} about the locked packages)`,
        problems: loaded.problems,
        withdrawn,
        matches(pkg) {
            const key = packageKey(pkg);
            let m = memo.get(key);
            if (!m) {
                m = [];
                for (const record of index.get(`${pkg.ecosystem}\0${advisoryName(pkg.ecosystem, pkg.name)}`) ?? []) {
                    const entries = affectingEntries(record, pkg);
                    if (entries.length > 0)
                        m.push({ record, entries });
                }
                memo.set(key, m);
            }
            return m;
        },
    };
}
async function apiSource(packages, opts, now = Date.now()) {
    const cacheDir = opts.cacheDir ? external_node_path_.resolve(opts.cwd, opts.cacheDir) : defaultCacheDir(opts.env);
    const cache = opts.cacheTtlMs > 0 ? await OsvCache.open(cacheDir, opts.cacheTtlMs) : undefined;
    const client = new OsvApiClient({ ...opts, ...(cache ? { cache } : {}) });
    const pkgs = unique(packages);
    const refs = await client.queryBatch(pkgs.map((p) => ({
        ecosystem: p.ecosystem,
        name: advisoryName(p.ecosystem, p.name),
        version: advisoryVersion(p.ecosystem, p.version),
    })));
    const ids = new Map();
    for (const list of refs)
        for (const r of list)
            ids.set(r.id, r);
    const records = new Map((await client.records([...ids.values()])).map((r) => [r.id, r]));
    await cache?.flush().catch(() => undefined);
    let withdrawn = 0;
    const byKey = new Map();
    pkgs.forEach((p, i) => {
        const m = [];
        for (const ref of refs[i]) {
            const record = records.get(ref.id);
            if (!record)
                continue;
            if (isWithdrawn(record, now)) {
                withdrawn++;
                continue;
            }
            const affecting = affectingEntries(record, p);
            m.push({ record, entries: affecting.length > 0 ? affecting : entriesFor(record, p.ecosystem, p.name) });
        }
        byKey.set(packageKey(p), m);
    });
    const s = client.stats;
    const cached = s.cachedQueries + s.cachedRecords > 0 ? `; ${s.cachedQueries} queries and ${s.cachedRecords} records from the cache ${cacheDir}` : '';
    return {
        description: `the OSV API at ${opts.baseUrl} (${s.requests} requests${s.retries ? `, ${s.retries} retried` : ''}${cached})`,
        problems: [],
        withdrawn,
        matches: (pkg) => byKey.get(packageKey(pkg)) ?? [],
    };
}

;// CONCATENATED MODULE: ./lib/checks/deps/base-ref.js
async function show(ctx, base, rel) {
    const r = await ctx.exec(['git', 'show', `${base}:${rel}`], { cwd: ctx.workspace, stdout: 'capture', stderr: 'capture' });
    return r.status === 'passed' ? r.stdout : undefined;
}
async function readBaseLockfiles(ctx, base, lockfiles) {
    const commit = await ctx.exec(['git', 'cat-file', '-e', `${base}^{commit}`], {
        cwd: ctx.workspace,
        stdout: 'capture',
        stderr: 'capture',
    });
    if (commit.status !== 'passed') {
        return { packages: [], unavailable: `the base commit ${base.slice(0, 12)} is not in this clone (fetch it, e.g. with fetch-depth: 0)` };
    }
    const packages = [];
    for (const lf of lockfiles) {
        const text = await show(ctx, base, lf.rel);
        // A lockfile the base did not have: everything in it is new.
        if (text === undefined)
            continue;
        try {
            const parsed = await lf.format.parse(text, lf.rel, { readInclude: (rel) => show(ctx, base, rel) });
            packages.push(...parsed);
        }
        catch (err) {
            ctx.log(`deps: the base commit's ${lf.rel} does not parse (${err.message}); its findings count as new`);
        }
    }
    return { packages };
}

// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(35530);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(44353);
;// CONCATENATED MODULE: ./lib/checks/deps/severity.js
// An advisory's severity: its CVSS vector computed to a base score (v4.0 preferred, then v3.x, then
// v2), else the database's own word (GHSA `database_specific.severity`), else unknown.

// ---- CVSS v3.0 / v3.1 base score (FIRST specification, section 7.1 and Appendix A) ----
const V3 = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 },
};
/** v3.1's Roundup: the smallest number of one decimal ≥ x, immune to floating-point noise. */
function roundUp31(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
function roundUp30(x) {
    return Math.ceil(x * 10) / 10;
}
function metrics(vector) {
    const m = new Map();
    for (const part of vector.split('/')) {
        const [k, v] = part.split(':');
        if (k && v !== undefined)
            m.set(k, v);
    }
    return m;
}
/** The CVSS v3.x base score of a vector, or undefined when it is not one. */
function cvss3BaseScore(vector) {
    const version = /^CVSS:3\.([01])\//.exec(vector)?.[1];
    if (version === undefined)
        return undefined;
    const m = metrics(vector);
    const av = V3.AV[m.get('AV')];
    const ac = V3.AC[m.get('AC')];
    const ui = V3.UI[m.get('UI')];
    const scope = m.get('S');
    const c = V3.CIA[m.get('C')];
    const i = V3.CIA[m.get('I')];
    const a = V3.CIA[m.get('A')];
    const prKey = m.get('PR');
    if ([av, ac, ui, c, i, a].some((x) => x === undefined) || (scope !== 'U' && scope !== 'C'))
        return undefined;
    const changed = scope === 'C';
    const pr = prKey === 'N' ? 0.85 : prKey === 'L' ? (changed ? 0.68 : 0.62) : prKey === 'H' ? (changed ? 0.5 : 0.27) : undefined;
    if (pr === undefined)
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    const roundUp = version === '1' ? roundUp31 : roundUp30;
    return changed ? roundUp(Math.min(1.08 * (impact + exploitability), 10)) : roundUp(Math.min(impact + exploitability, 10));
}
let calculator;
function lib() {
    calculator ??= ae_cvss_calculator;
    return calculator;
}
function cvss4BaseScore(vector) {
    if (!/^CVSS:4\.0\//.test(vector))
        return undefined;
    try {
        const s = new (lib().Cvss4P0)(vector).calculateScores();
        const score = s.base ?? s.overall;
        return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}
function cvss2BaseScore(vector) {
    if (!/^(\(?AV:[LAN])/.test(vector))
        return undefined;
    try {
        const s = new (lib().Cvss2)(vector.replace(/^\(|\)$/g, '')).calculateScores();
        const score = s.base ?? s.overall;
        return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}
/** CVSS qualitative rating (v3.1 table 14; the same bands in v4.0): None maps to note. */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score >= 0.1)
        return 'low';
    return 'note';
}
const DATABASE_WORDS = {
    CRITICAL: 'critical',
    HIGH: 'high',
    MODERATE: 'medium',
    MEDIUM: 'medium',
    LOW: 'low',
    NONE: 'note',
};
const PREFERENCE = ['CVSS_V4', 'CVSS_V3', 'CVSS_V2'];
function scoreOf(s) {
    if (s.type === 'CVSS_V4')
        return cvss4BaseScore(s.score);
    if (s.type === 'CVSS_V3')
        return cvss3BaseScore(s.score);
    if (s.type === 'CVSS_V2')
        return cvss2BaseScore(s.score);
    return undefined;
}
/** The severity of `record` for the entries that matched (their own `severity` counts too). */
function advisorySeverity(record, entries = []) {
    const vectors = [...(record.severity ?? []), ...entries.flatMap((e) => e.severity ?? [])];
    for (const type of PREFERENCE) {
        const scores = vectors
            .filter((v) => v.type === type)
            .map((v) => ({ v, score: scoreOf(v) }))
            .filter((x) => x.score !== undefined);
        if (scores.length > 0) {
            const worst = scores.reduce((a, b) => (b.score > a.score ? b : a));
            return { severity: severityOfScore(worst.score), score: worst.score, source: worst.v.score };
        }
    }
    const words = [
        record.database_specific?.severity,
        ...entries.map((e) => e.ecosystem_specific?.severity ?? e.database_specific?.severity),
    ];
    for (const w of words) {
        if (typeof w === 'string' && DATABASE_WORDS[w.toUpperCase()])
            return { severity: DATABASE_WORDS[w.toUpperCase()], source: w };
    }
    return {};
}

// EXTERNAL MODULE: ./lib/checks/deps/tool.js
var tool = __webpack_require__(96992);
;// CONCATENATED MODULE: ./lib/checks/deps/findings.js





const TOOL = tool/* TOOL */.j.name;
/**
 * The primary id of a group, deterministically: a GHSA id first (GitHub's reviewed database covers
 * every ecosystem runlens reads, so the same flaw gets the same id whatever the source), then a CVE,
 * then the ecosystem's own ids (GO-, PYSEC-, RUSTSEC-…); ties alphabetical.
 */
function primaryId(ids) {
    let best;
    let bestRank = 3;
    for (const id of ids) {
        const p = id.slice(0, 5).toUpperCase();
        const rank = p === 'GHSA-' ? 0 : p.startsWith('CVE-') ? 1 : 2;
        if (rank < bestRank || (rank === bestRank && id < best)) {
            best = id;
            bestRank = rank;
        }
    }
    if (best === undefined)
        throw new Error('runlens bug: a vulnerability without an id');
    return best;
}
/** Groups matches whose ids or aliases overlap (transitively). */
function groupByAlias(matches) {
    const parent = matches.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const owner = new Map();
    matches.forEach((m, i) => {
        for (const id of [m.record.id, ...(m.record.aliases ?? [])]) {
            const j = owner.get(id);
            if (j === undefined)
                owner.set(id, i);
            else
                parent[find(i)] = find(j);
        }
    });
    const groups = new Map();
    matches.forEach((m, i) => {
        const root = find(i);
        const g = groups.get(root);
        if (g)
            g.push(m);
        else
            groups.set(root, [m]);
    });
    return [...groups.values()]
        .map((g) => {
        const all = new Set(g.flatMap((m) => [m.record.id, ...(m.record.aliases ?? [])]));
        const primary = primaryId(all);
        all.delete(primary);
        return {
            primary,
            ids: [primary, ...[...all].sort()],
            records: g.map((m) => m.record).sort((a, b) => (a.id < b.id ? -1 : 1)),
            entries: g.flatMap((m) => m.entries),
        };
    })
        .sort((a, b) => (a.primary < b.primary ? -1 : a.primary > b.primary ? 1 : 0));
}
function firstLine(text) {
    const line = text
        ?.split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '' && !l.startsWith('#'));
    return line ? (line.length > 120 ? `${line.slice(0, 119)}…` : line) : undefined;
}
function help(v) {
    const parts = [];
    for (const r of v.records) {
        const body = (r.details ?? r.summary ?? '').trim();
        parts.push(`**${r.id}**${r.summary ? `: ${r.summary}` : ''}\n\n${body.length > 3000 ? `${body.slice(0, 2999)}…` : body}`);
        const refs = (r.references ?? []).filter((x) => /^https?:\/\//.test(x.url)).slice(0, 8);
        if (refs.length > 0)
            parts.push(refs.map((x) => `- ${x.type}: ${x.url}`).join('\n'));
    }
    return parts.join('\n\n');
}
/** The record whose id to link on osv.dev: the primary's own record when there is one. */
function linkedRecord(v) {
    return v.records.find((r) => r.id === v.primary) ?? v.records.find((r) => (r.aliases ?? []).includes(v.primary)) ?? v.records[0];
}
function findingsFor(pkg, matches, opts) {
    const vulnerabilities = groupByAlias(matches);
    const upgrade = vulnerabilities.length > 0
        ? smallestUpgrade(matches.map((m) => m.record), pkg)
        : undefined;
    const findings = vulnerabilities.map((v) => {
        const sev = v.records
            .map((r) => advisorySeverity(r, v.entries))
            .reduce((a, b) => (b.severity && (!a.severity || (0,severity/* compareSeverity */.zK)(b.severity, a.severity) > 0) ? b : a), {});
        const fixed = fixedVersions(v.entries, pkg.ecosystem, pkg.version);
        const linked = linkedRecord(v);
        const summary = linked.summary ?? v.records.map((r) => r.summary).find(Boolean) ?? firstLine(linked.details);
        const aliases = v.ids.slice(1);
        const fix = fixed.length > 0
            ? ` Fixed in ${fixed.join(', ')}${upgrade ? `; upgrading to ${upgrade} clears every known advisory of ${pkg.name}` : ''}.`
            : ' No fixed version is known.';
        return {
            tool: TOOL,
            ruleId: v.primary,
            title: summary ?? `${v.primary} in ${pkg.name}`,
            message: `${pkg.name}@${pkg.version} (${pkg.ecosystem}) is affected by ${v.primary}${aliases.length ? ` (${aliases.join(', ')})` : ''}${summary ? `: ${summary}` : ''}.${fix}`,
            severity: sev.severity ?? opts.unknownSeverity,
            category: 'dependency',
            location: { path: pkg.lockfile, startLine: pkg.line },
            fingerprint: (0,fingerprint/* fingerprintOf */.a)(TOOL, pkg.lockfile, pkg.ecosystem, advisoryName(pkg.ecosystem, pkg.name), v.primary),
            help: help(v),
            helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(linked.id)}`,
            stepId: opts.stepId,
            properties: {
                package: pkg.name,
                version: pkg.version,
                ecosystem: pkg.ecosystem,
                aliases,
                advisories: v.records.map((r) => r.id),
                ...(pkg.direct !== undefined && { direct: pkg.direct }),
                ...(pkg.scope !== undefined && { scope: pkg.scope }),
                fixed,
                ...(upgrade !== undefined && { upgrade }),
                ...(sev.score !== undefined && { cvssScore: sev.score }),
                ...(sev.source !== undefined && { severitySource: sev.source }),
            },
        };
    });
    return { pkg, vulnerabilities, ...(upgrade !== undefined && { upgrade }), findings };
}

;// CONCATENATED MODULE: ./lib/checks/deps/ignore.js
function idsOf(f) {
    const aliases = Array.isArray(f.properties?.aliases) ? f.properties.aliases : [];
    const advisories = Array.isArray(f.properties?.advisories) ? f.properties.advisories : [];
    return [f.ruleId, ...aliases, ...advisories].map((s) => s.toUpperCase());
}
function applyIgnores(findings, entries, now = Date.now()) {
    const expired = [];
    const live = entries.filter((e) => {
        if (e.until && Date.parse(e.until) < now) {
            expired.push(`the ignore entry for ${e.id} expired on ${e.until.slice(0, 10)} (${e.reason}): it counts again`);
            return false;
        }
        return true;
    });
    const kept = [];
    const ignored = [];
    for (const f of findings) {
        const ids = idsOf(f);
        const hit = live.find((e) => ids.includes(e.id.toUpperCase()));
        if (hit)
            ignored.push({ finding: f, reason: hit.reason });
        else
            kept.push(f);
    }
    return { kept, ignored, expired };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/checks/secrets/tree.js
var tree = __webpack_require__(41147);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./lib/base/line-index.js
var line_index = __webpack_require__(37938);
// EXTERNAL MODULE: ./lib/ingest/json-source.js
var json_source = __webpack_require__(94116);
;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/json-lines.js
// Where the keys of a JSON text are. jsonc-parser's visitor reports the same positions, but it tokenizes
// every value and calls back for each, which costs 3–5× JSON.parse on a large package-lock; this scanner
// only steps over strings and counts brackets and newlines. It assumes valid JSON (run it after JSON.parse
// succeeded); syntax errors are located with jsonc-parser instead.
const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;
/**
 * Calls `onKey` for the keys of objects at most `maxDepth` containers deep (the root object is depth 1),
 * and `onItem` for every object or array that is an element of an array at most `maxDepth` deep.
 */
function scanJsonKeys(text, maxDepth, onKey, onItem) {
    const path = [];
    const isArray = [];
    const counters = [];
    let depth = 0;
    let line = 1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE) {
            line++;
        }
        else if (c === QUOTE) {
            let j = i + 1;
            let escaped = false;
            for (;;) {
                const q = text.indexOf('"', j);
                if (q < 0)
                    return;
                let b = 0;
                for (let k = q - 1; k > i && text.charCodeAt(k) === BACKSLASH; k--)
                    b++;
                if (b % 2 === 0) {
                    j = q;
                    break;
                }
                escaped = true;
                j = q + 1;
            }
            // A key is a string followed by `:`.
            let k = j + 1;
            while (k < n) {
                const d = text.charCodeAt(k);
                if (d === 32 || d === 9 || d === 13 || d === NEWLINE)
                    k++;
                else
                    break;
            }
            if (k < n && text.charCodeAt(k) === COLON && depth <= maxDepth && !isArray[depth - 1]) {
                const raw = text.slice(i + 1, j);
                const key = escaped ? JSON.parse(`"${raw}"`) : raw;
                onKey(key, line, path.slice(0, depth - 1));
                path[depth - 1] = key;
            }
            i = j; // the main loop still counts any newline before the `:`
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (depth > 0 && isArray[depth - 1]) {
                const index = counters[depth - 1];
                path[depth - 1] = String(index);
                if (onItem && depth <= maxDepth)
                    onItem(index, line, path.slice(0, depth - 1));
            }
            isArray[depth] = c === OPEN_BRACKET;
            counters[depth] = 0;
            depth++;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
        }
        else if (c === COMMA && depth > 0 && isArray[depth - 1]) {
            counters[depth - 1]++;
        }
    }
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/json.js
// JSON lockfiles (package-lock, composer.lock, Pipfile.lock, bun.lock): the value, plus the line of every
// entry two levels down (`packages["node_modules/x"]`, `packages[3]`), which is where these lockfiles
// declare a package. The value comes from the native JSON.parse and the lines from a bracket-counting scan
// (json-lines.ts); a syntax error is located by jsonc-parser. JSONC (bun.lock) is read by jsonc-parser,
// values and positions both.





function parseLocatedJson(text, file, opts) {
    if (opts.jsonc)
        return parseLocatedJsonc(text, file, opts);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        const failure = (0,json_source/* jsonParseFailure */.aw)(err);
        throw (locateSyntaxError(text, file, opts) ??
            new base_errors/* InputError */.dz({ file, ...(failure.offset !== undefined ? (0,line_index/* positionAt */.t$)(text, failure.offset) : { line: 1, column: 1 }) }, `invalid JSON: ${failure.reason}`, opts.hint));
    }
    if (!isRecord(value))
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'is not a JSON object', opts.hint);
    const lines = new Map();
    scanJsonKeys(text, 2, (key, line, path) => {
        if (path.length === 0)
            lines.set(key, new Map());
        else
            lines.get(path[0])?.set(key, line);
    }, (index, line, path) => {
        if (path.length === 1)
            lines.get(path[0])?.set(String(index), line);
    });
    return { value, lines };
}
/** The first syntax error jsonc-parser finds, as an InputError. */
function locateSyntaxError(text, file, opts) {
    let error;
    // jsonc-parser recurses per nesting level: thousands of unclosed `[` overflow its stack (then JSON.parse's message says enough).
    if (tooDeep(text))
        return undefined;
    (0,main.visit)(text, {
        onError: (code, _offset, _length, startLine, startCharacter) => {
            error ??= new base_errors/* InputError */.dz({ file, line: startLine + 1, column: startCharacter + 1 }, `invalid JSON: ${(0,main.printParseErrorCode)(code)}`, opts.hint);
        },
    }, { disallowComments: !opts.jsonc, allowTrailingComma: !!opts.jsonc });
    return error;
}
/** Whether brackets nest deeper than jsonc-parser's recursive descent can follow (strings are not skipped: a cheap upper bound). */
function tooDeep(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 123 || c === 91) {
            if (++depth > MAX_DEPTH)
                return true;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return false;
}
/** Deeper than any lockfile nests, well within jsonc-parser's recursion. */
const MAX_DEPTH = 1000;
function parseLocatedJsonc(text, file, opts) {
    if (tooDeep(text))
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, `nests brackets more than ${MAX_DEPTH} deep`, opts.hint);
    const lines = new Map();
    let error;
    let depth = 0;
    let pendingKey = '';
    let top;
    let topIsArray = false;
    let index = 0;
    const begin = (startLine, isArray) => {
        depth++;
        if (depth === 2) {
            top = new Map();
            lines.set(pendingKey, top);
            topIsArray = isArray;
            index = 0;
        }
        else if (depth === 3 && top && topIsArray) {
            top.set(String(index++), startLine + 1);
        }
    };
    const end = () => {
        if (depth === 2)
            top = undefined;
        depth--;
    };
    (0,main.visit)(text, {
        onObjectBegin: (_offset, _length, startLine) => begin(startLine, false),
        onArrayBegin: (_offset, _length, startLine) => begin(startLine, true),
        onObjectEnd: end,
        onArrayEnd: end,
        onObjectProperty: (property, _offset, _length, startLine) => {
            if (depth === 1)
                pendingKey = property;
            else if (depth === 2 && top && !topIsArray)
                top.set(property, startLine + 1);
        },
        onError: (code, _offset, _length, startLine, startCharacter) => {
            error ??= new base_errors/* InputError */.dz({ file, line: startLine + 1, column: startCharacter + 1 }, `invalid JSON: ${(0,main.printParseErrorCode)(code)}`, opts.hint);
        },
    }, { disallowComments: false, allowTrailingComma: true });
    if (error)
        throw error;
    const errors = [];
    const value = (0,main.parse)(text, errors, { allowTrailingComma: true });
    if (!isRecord(value))
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'is not a JSON object', opts.hint);
    return { value, lines };
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The string at `o[key]`, else undefined. */
function str(o, key) {
    if (!isRecord(o))
        return undefined;
    const v = o[key];
    return typeof v === 'string' ? v : undefined;
}
/** `o[key]` when it is an object, else an empty one. */
function rec(o, key) {
    if (!isRecord(o))
        return {};
    const v = o[key];
    return isRecord(v) ? v : {};
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/bun.js
// bun.lock, Bun's text lockfile (JSONC with trailing commas; lockfileVersion 0–2). `packages` maps an
// install path (`mkdirp/minimist` = minimist nested under mkdirp) to `[ "name@version", registry, info,
// integrity ]`; `workspaces` lists what each workspace declares. Direct: what a workspace declares, found
// the way Bun resolves it. Scope: walking the dependency graph from the workspaces' runtime and dev
// dependencies.



const HINT = 'regenerate it with `bun install --lockfile-only`';
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
const bunFormat = {
    id: 'bun',
    ecosystem: 'npm',
    matches: (name) => name === 'bun.lock',
    parse: parseBunLock,
};
/** `a/@s/b/c` → `a/@s/b` (the install path one level up), '' at the top. */
function parentPath(key) {
    const parts = key.split('/');
    let names = 0;
    const starts = [];
    for (let i = 0; i < parts.length; i++) {
        starts.push(i);
        names++;
        if (parts[i].startsWith('@'))
            i++;
    }
    return names <= 1 ? '' : parts.slice(0, starts[starts.length - 1]).join('/');
}
function parseBunLock(text, file, io) {
    const { value, lines } = parseLocatedJson(text, file, { jsonc: true, hint: HINT });
    const version = value['lockfileVersion'];
    if (version !== 0 && version !== 1 && version !== 2) {
        throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, '"lockfileVersion"') ?? 1 }, `unsupported bun.lock lockfileVersion ${JSON.stringify(version ?? null)} (runlens reads 0 to 2)`, HINT);
    }
    const packages = rec(value, 'packages');
    const resolve = (from, name) => {
        for (let at = from;; at = parentPath(at)) {
            const key = at === '' ? name : `${at}/${name}`;
            if (key in packages)
                return key;
            if (at === '')
                return undefined;
        }
    };
    const direct = new Set();
    const runtimeRoots = [];
    const devRoots = [];
    for (const [path, ws] of Object.entries(rec(value, 'workspaces'))) {
        // A workspace's own resolutions live under its name (`app/lodash`), the root's at the top.
        const wsName = isRecord(ws) && typeof ws['name'] === 'string' ? ws['name'] : path;
        const from = path === '' ? '' : wsName;
        for (const field of [...RUNTIME_FIELDS, 'devDependencies']) {
            for (const name of Object.keys(rec(ws, field))) {
                const key = resolve(from, name);
                if (!key)
                    continue;
                direct.add(key);
                (field === 'devDependencies' ? devRoots : runtimeRoots).push(key);
            }
        }
    }
    const walk = (roots) => {
        const seen = new Set();
        const stack = [...roots];
        while (stack.length > 0) {
            const key = stack.pop();
            if (seen.has(key))
                continue;
            seen.add(key);
            const entry = packages[key];
            const info = Array.isArray(entry) && isRecord(entry[2]) ? entry[2] : {};
            for (const field of RUNTIME_FIELDS) {
                for (const name of Object.keys(rec(info, field))) {
                    const dep = resolve(key, name);
                    if (dep)
                        stack.push(dep);
                }
            }
        }
        return seen;
    };
    const runtime = walk(runtimeRoots);
    const development = walk(devRoots);
    const packageLines = lines.get('packages') ?? new Map();
    const out = [];
    for (const [key, entry] of Object.entries(packages)) {
        const line = packageLines.get(key) ?? 1;
        if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
            throw new base_errors/* InputError */.dz({ file, line }, `package "${key}" is not a ["name@version", …] list`, HINT);
        }
        const ident = entry[0];
        const at = ident.indexOf('@', 1);
        const name = at > 0 ? ident.slice(0, at) : ident;
        const ver = at > 0 ? ident.slice(at + 1) : '';
        if (!/^\d/.test(ver)) {
            if (!ver.startsWith('workspace:'))
                io?.skipped?.({ file, line, text: ident, reason: 'not a registry version (git, file or link dependency)' });
            continue;
        }
        const scope = runtime.has(key) ? 'runtime' : development.has(key) ? 'development' : undefined;
        out.push({ name, version: ver, ecosystem: 'npm', lockfile: file, line, direct: direct.has(key), ...(scope && { scope }) });
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/lines.js
// Lines for the parsers that walk the text themselves (positions: src/base/line-index.ts).
/** The text's lines, without their line terminators (`\r\n` or `\n`). */
function splitLines(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (l.endsWith('\r'))
            lines[i] = l.slice(0, -1);
    }
    return lines;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/toml.js
// TOML lockfiles (Cargo.lock, poetry.lock, uv.lock) keep every package as one `[[package]]` table.
// smol-toml gives the value and error positions but no node positions, so the line of each
// `[[package]]` header is found by scanning the text (skipping multi-line strings, where such a line is
// text, not a header); the n-th header is the n-th element of the parsed array.



function parseTomlFile(text, file, hint) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (err) {
        if (err instanceof smol_toml_dist/* TomlError */.zx) {
            const reason = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new base_errors/* InputError */.dz({ file, line: err.line, column: err.column }, `invalid TOML: ${reason}`, hint);
        }
        throw err;
    }
}
/** 1-based lines of the `[[name]]` headers, in order. */
function arrayTableLines(text, name) {
    const out = [];
    const header = new RegExp(`^\\s*\\[\\[\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\]\\]\\s*(#.*)?$`);
    const lines = splitLines(text);
    let inString;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (inString) {
            if (closes(line, inString, 0))
                inString = undefined;
            continue;
        }
        if (header.test(line)) {
            out.push(i + 1);
            continue;
        }
        inString = opensMultiline(line);
    }
    return out;
}
/** Whether `delim` appears (unescaped for `"""`) in `line` from `from`. */
function closes(line, delim, from) {
    for (let at = line.indexOf(delim, from); at !== -1; at = line.indexOf(delim, at + 1)) {
        if (delim === "'''")
            return true;
        let backslashes = 0;
        for (let j = at - 1; j >= 0 && line[j] === '\\'; j--)
            backslashes++;
        if (backslashes % 2 === 0)
            return true;
    }
    return false;
}
/** The multi-line string delimiter left open at the end of `line`, if any. */
function opensMultiline(line) {
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === '#')
            return undefined;
        if (c === '"' || c === "'") {
            const triple = c.repeat(3);
            if (line.startsWith(triple, i)) {
                let end = -1;
                for (let at = line.indexOf(triple, i + 3); at !== -1; at = line.indexOf(triple, at + 1)) {
                    if (c === "'" || !isEscaped(line, at)) {
                        end = at;
                        break;
                    }
                }
                if (end < 0)
                    return triple;
                i = end + 3;
                while (line[i] === c)
                    i++;
                continue;
            }
            let j = i + 1;
            while (j < line.length && line[j] !== c)
                j += c === '"' && line[j] === '\\' ? 2 : 1;
            i = j + 1;
            continue;
        }
        i++;
    }
    return undefined;
}
function isEscaped(line, at) {
    let backslashes = 0;
    for (let j = at - 1; j >= 0 && line[j] === '\\'; j--)
        backslashes++;
    return backslashes % 2 === 1;
}
/** The `[[name]]` array of tables with each table's header line; throws when the two disagree. */
function locatedArrayTables(value, text, name, file, hint) {
    const raw = value[name];
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw new base_errors/* InputError */.dz({ file, line: 1 }, `\`${name}\` is not an array of tables`, hint);
    const lines = arrayTableLines(text, name);
    if (lines.length !== raw.length) {
        throw new base_errors/* InputError */.dz({ file, line: lines[0] ?? 1 }, `\`${name}\` must be written as \`[[${name}]]\` tables (found ${lines.length} headers for ${raw.length} entries)`, hint);
    }
    return raw.map((table, i) => {
        if (typeof table !== 'object' || table === null || Array.isArray(table)) {
            throw new base_errors/* InputError */.dz({ file, line: lines[i] }, `a \`[[${name}]]\` entry is not a table`, hint);
        }
        return { table: table, line: lines[i] };
    });
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/cargo.js
// Cargo.lock (format versions 1–4). Packages without a `source` are the workspace's own crates (or path
// dependencies); their `dependencies` are the direct ones. Cargo.lock does not separate dev-dependencies,
// so no scope.



const cargo_HINT = 'regenerate it with `cargo generate-lockfile`';
const cargoFormat = {
    id: 'cargo',
    ecosystem: 'crates.io',
    matches: (name) => name === 'Cargo.lock',
    parse: parseCargoLock,
};
function parseCargoLock(text, file, io) {
    const value = parseTomlFile(text, file, cargo_HINT);
    const version = value['version'];
    if (version !== undefined && version !== 3 && version !== 4 && version !== 1 && version !== 2) {
        throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, 'version') ?? 1 }, `unsupported Cargo.lock version ${JSON.stringify(version)} (runlens reads 1 to 4)`, cargo_HINT);
    }
    const tables = locatedArrayTables(value, text, 'package', file, cargo_HINT);
    // Cargo always locks at least the workspace's own crate.
    if (tables.length === 0)
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'has no [[package]] entries', cargo_HINT);
    // A dependency is `name`, `name version` or `name version (source)`; the first two are unique in the lockfile.
    const direct = new Set();
    const byName = new Map();
    tables.forEach(({ table }, i) => {
        const name = String(table['name']);
        byName.set(name, byName.has(name) ? -1 : i);
    });
    for (const { table } of tables) {
        if (table['source'] !== undefined)
            continue;
        for (const dep of Array.isArray(table['dependencies']) ? table['dependencies'] : []) {
            const [name, ver] = String(dep).split(' ');
            direct.add(ver ? `${name} ${ver}` : name);
        }
    }
    const out = [];
    for (const { table, line } of tables) {
        const name = table['name'];
        const ver = table['version'];
        if (typeof name !== 'string' || typeof ver !== 'string') {
            throw new base_errors/* InputError */.dz({ file, line }, 'a [[package]] needs a string `name` and `version`', cargo_HINT);
        }
        const source = table['source'];
        if (source === undefined)
            continue; // a workspace member or path dependency: the project's own code
        if (typeof source === 'string' && !source.startsWith('registry+') && !source.startsWith('sparse+')) {
            io?.skipped?.({ file, line, text: `${name} ${ver}`, reason: `not from a registry (${source.split('+')[0]})` });
            continue;
        }
        out.push({
            name,
            version: ver,
            ecosystem: 'crates.io',
            lockfile: file,
            line,
            direct: direct.has(`${name} ${ver}`) || (byName.get(name) !== -1 && direct.has(name)),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/composer.js
// composer.lock: `packages` are runtime, `packages-dev` development. The lockfile does not say which
// packages composer.json requires, so no `direct`. Versions are written as Composer does (`v5.4.0` keeps
// its `v`; the matcher's Composer ordering ignores it).


const composer_HINT = 'regenerate it with `composer update --lock`';
const composerFormat = {
    id: 'composer',
    ecosystem: 'Packagist',
    matches: (name) => name === 'composer.lock',
    parse: parseComposerLock,
};
function parseComposerLock(text, file, io) {
    const { value, lines } = parseLocatedJson(text, file, { hint: composer_HINT });
    if (!Array.isArray(value['packages'])) {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'has no `packages` list', composer_HINT);
    }
    const out = [];
    for (const [section, scope] of [
        ['packages', 'runtime'],
        ['packages-dev', 'development'],
    ]) {
        const list = value[section];
        if (list === undefined || list === null)
            continue;
        if (!Array.isArray(list))
            throw new base_errors/* InputError */.dz({ file, line: 1 }, `\`${section}\` is not a list`, composer_HINT);
        const sectionLines = lines.get(section) ?? new Map();
        list.forEach((entry, i) => {
            const line = sectionLines.get(String(i)) ?? 1;
            const name = str(entry, 'name');
            const version = str(entry, 'version');
            if (!name || !version)
                throw new base_errors/* InputError */.dz({ file, line }, 'a package needs a `name` and a `version`', composer_HINT);
            if (version.startsWith('dev-')) {
                io?.skipped?.({ file, line, text: `${name} ${version}`, reason: 'a development branch, not a release' });
                return;
            }
            out.push({ name, version, ecosystem: 'Packagist', lockfile: file, line, scope });
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/gemfile.js
// Gemfile.lock (and gems.locked). Bundler's lockfile is its own indented format, not YAML; the gem
// `bundler` parses it in Ruby only, so it is read here line by line. Gems come from the `specs:` of the GEM
// and GIT sections (PATH gems are the project's own code); `DEPENDENCIES` names the Gemfile's own gems, so
// packages carry `direct`. Groups (`:test`, `:development`) live only in the Gemfile: no scope.


const gemfile_HINT = 'regenerate it with `bundle lock`';
const SPEC = /^ {4}([^\s(]+) \(([^)]+)\)$/;
const DEPENDENCY = /^ {2}([^\s(!]+)!?(?: \(.*\))?$/;
const gemfileFormat = {
    id: 'gemfile',
    ecosystem: 'RubyGems',
    matches: (name) => name === 'Gemfile.lock' || name === 'gems.locked',
    parse: parseGemfileLock,
};
function parseGemfileLock(text, file, io) {
    const lines = splitLines(text);
    const found = [];
    const direct = new Set();
    let section = '';
    let inSpecs = false;
    let sawSource = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        if (line[0] !== ' ') {
            if (!/^[A-Z][A-Z ]*$/.test(line)) {
                throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, `expected a section name (GEM, GIT, PATH, PLATFORMS, DEPENDENCIES …), found "${line.slice(0, 40)}"`, gemfile_HINT);
            }
            section = line;
            inSpecs = false;
            if (section === 'GEM' || section === 'GIT' || section === 'PATH' || section === 'PLUGIN SOURCE')
                sawSource = true;
            continue;
        }
        if (section === 'GEM' || section === 'GIT' || section === 'PATH' || section === 'PLUGIN SOURCE') {
            if (line === '  specs:') {
                inSpecs = true;
                continue;
            }
            if (!inSpecs || line.startsWith('      '))
                continue; // source options, or a gem's own dependencies
            const m = SPEC.exec(line);
            if (!m)
                throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, `expected a gem spec "    name (version)", found "${line.trim()}"`, gemfile_HINT);
            // A platform gem is written `1.10.0-x86_64-linux`; RubyGems versions never contain `-` themselves.
            const version = m[2].split('-')[0];
            found.push({
                name: m[1],
                version,
                ecosystem: 'RubyGems',
                lockfile: file,
                line: i + 1,
                local: section === 'PATH' || section === 'PLUGIN SOURCE',
            });
        }
        else if (section === 'DEPENDENCIES') {
            const m = DEPENDENCY.exec(line);
            if (!m)
                throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, `expected a dependency "  name (requirement)", found "${line.trim()}"`, gemfile_HINT);
            direct.add(m[1]);
        }
    }
    if (!sawSource)
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'has no GEM, GIT or PATH section: not a Gemfile.lock', gemfile_HINT);
    const out = [];
    const seen = new Set();
    for (const { local, ...p } of found) {
        if (local) {
            io?.skipped?.({ file, line: p.line, text: `${p.name} (${p.version})`, reason: 'a PATH gem: the project’s own code' });
            continue;
        }
        // One gem locked for several platforms is one package.
        if (seen.has(`${p.name}\0${p.version}`))
            continue;
        seen.add(`${p.name}\0${p.version}`);
        out.push({ ...p, direct: direct.has(p.name) });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/go-mod.js
// go.mod. Go's own parser (golang.org/x/mod/modfile) is Go; the syntax is line-based and small, so it is
// read here line by line. Every `require` is a package at its line; `// indirect` marks a requirement the
// main module does not import itself (direct=false). `replace` directives are applied as the go command does
// (a versionless old path replaces every version); a replacement by a local directory is the project's own
// code and is skipped. Versions lose their `v` (OSV's Go records are written without it). The `go` and
// `toolchain` directives name the minimum language version and a suggested toolchain, not the standard
// library a binary was built with, so no `stdlib` package is made from them (osv-scanner ≥ 2.4 agrees:
// its ScanGoModVersion is off by default).
// go.mod says nothing about test-only modules, so no scope.


const go_mod_HINT = 'run `go mod tidy` to rewrite it';
const DIRECTIVES = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
const goModFormat = {
    id: 'go-mod',
    ecosystem: 'Go',
    matches: (name) => name === 'go.mod',
    parse: parseGoMod,
};
/** Splits a line into tokens (quoted strings decoded) and its trailing `//` comment. */
function go_mod_tokenize(text, file, line) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t') {
            i++;
        }
        else if (c === '/' && text[i + 1] === '/') {
            return { tokens, comment: text.slice(i + 2).trim() };
        }
        else if (c === '"' || c === '`') {
            let j = i + 1;
            while (j < text.length && text[j] !== c)
                j += text[j] === '\\' && c === '"' ? 2 : 1;
            if (j >= text.length)
                throw new base_errors/* InputError */.dz({ file, line, column: i + 1 }, 'unterminated quoted string', go_mod_HINT);
            const raw = text.slice(i, j + 1);
            if (c === '"') {
                // Go's interpreted strings escape as JSON's do, near enough; what JSON rejects (a raw control
                // character, `\x41`) is not a module path or version either.
                try {
                    tokens.push(JSON.parse(raw));
                }
                catch {
                    throw new base_errors/* InputError */.dz({ file, line, column: i + 1 }, `the quoted string ${raw.slice(0, 40)} has an invalid escape or control character`, go_mod_HINT);
                }
            }
            else
                tokens.push(raw.slice(1, -1));
            i = j + 1;
        }
        else {
            let j = i;
            while (j < text.length && text[j] !== ' ' && text[j] !== '\t' && !(text[j] === '/' && text[j + 1] === '/'))
                j++;
            tokens.push(text.slice(i, j));
            i = j;
        }
    }
    return { tokens, comment: '' };
}
function statements(text, file) {
    const out = [];
    const lines = splitLines(text);
    let block;
    let blockLine = 0;
    for (let n = 0; n < lines.length; n++) {
        const { tokens, comment } = go_mod_tokenize(lines[n], file, n + 1);
        if (tokens.length === 0)
            continue;
        if (block !== undefined) {
            if (tokens.length === 1 && tokens[0] === ')') {
                block = undefined;
                continue;
            }
            out.push({ verb: block, args: tokens, comment, line: n + 1 });
            continue;
        }
        const verb = tokens[0];
        if (!DIRECTIVES.has(verb)) {
            throw new base_errors/* InputError */.dz({ file, line: n + 1, column: 1 }, `unknown directive "${verb}"`, `a go.mod line starts with one of ${[...DIRECTIVES].join(', ')}; ${go_mod_HINT}`);
        }
        if (tokens.length === 2 && tokens[1] === '(') {
            block = verb;
            blockLine = n + 1;
            continue;
        }
        out.push({ verb, args: tokens.slice(1), comment, line: n + 1 });
    }
    if (block !== undefined)
        throw new base_errors/* InputError */.dz({ file, line: blockLine }, `the "${block} (" block is never closed`, go_mod_HINT);
    return out;
}
const go_mod_stripV = (v) => (v.startsWith('v') ? v.slice(1) : v);
function parseGoMod(text, file, io) {
    const stmts = statements(text, file);
    const packages = [];
    const replaces = [];
    for (const s of stmts) {
        switch (s.verb) {
            case 'require': {
                if (s.args.length !== 2)
                    throw new base_errors/* InputError */.dz({ file, line: s.line }, 'a requirement is `module/path vX.Y.Z`', go_mod_HINT);
                const indirect = /^indirect(;|$)/.test(s.comment);
                packages.push({ name: s.args[0], version: go_mod_stripV(s.args[1]), ecosystem: 'Go', lockfile: file, line: s.line, direct: !indirect });
                break;
            }
            case 'replace':
                replaces.push(s);
                break;
        }
    }
    let result = packages;
    for (const r of replaces) {
        const arrow = r.args.indexOf('=>');
        if (arrow < 1 || arrow > 2 || r.args.length - arrow - 1 < 1 || r.args.length - arrow - 1 > 2) {
            throw new base_errors/* InputError */.dz({ file, line: r.line }, 'a replacement is `old/path [vX] => new/path vY` or `=> ./local/dir`', go_mod_HINT);
        }
        const [oldPath, oldVersion] = r.args.slice(0, arrow);
        const [newPath, newVersion] = r.args.slice(arrow + 1);
        const next = [];
        for (const p of result) {
            if (p.name !== oldPath || (oldVersion !== undefined && p.version !== go_mod_stripV(oldVersion))) {
                next.push(p);
            }
            else if (newVersion === undefined) {
                io?.skipped?.({ file, line: p.line, text: `${p.name} => ${newPath}`, reason: 'replaced by a local directory' });
            }
            else {
                next.push({ ...p, name: newPath, version: go_mod_stripV(newVersion) });
            }
        }
        result = next;
    }
    if (!stmts.some((s) => s.verb === 'module')) {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'has no `module` directive', `a go.mod starts with \`module example.com/name\`; ${go_mod_HINT}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/gradle.js
// gradle.lockfile (Gradle 6+ dependency locking): one `group:artifact:version=conf1,conf2` line per module,
// and `empty=` for configurations that resolve nothing. A module used only by test configurations
// (`testCompileClasspath`, `testRuntimeClasspath`, …) is development. Lockfiles list resolved graphs, so no
// `direct`.


const gradle_HINT = 'regenerate it with `gradle dependencies --write-locks`';
const gradleFormat = {
    id: 'gradle',
    ecosystem: 'Maven',
    matches: (name) => name === 'gradle.lockfile' || name === 'buildscript-gradle.lockfile',
    parse: parseGradleLockfile,
};
function parseGradleLockfile(text, file) {
    const out = [];
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const coords = eq < 0 ? line : line.slice(0, eq);
        if (coords === 'empty')
            continue;
        const parts = coords.split(':');
        if (eq < 0 || parts.length !== 3 || parts.some((p) => p === '')) {
            throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, `expected "group:artifact:version=configurations", found "${line.slice(0, 60)}"`, gradle_HINT);
        }
        const configurations = line
            .slice(eq + 1)
            .split(',')
            .filter(Boolean);
        const testOnly = configurations.length > 0 && configurations.every((c) => /^test|Test[A-Z]/.test(c));
        out.push({
            name: `${parts[0]}:${parts[1]}`,
            version: parts[2],
            ecosystem: 'Maven',
            lockfile: file,
            line: i + 1,
            scope: testOnly ? 'development' : 'runtime',
        });
    }
    if (out.length === 0 && !lines.some((l) => l.startsWith('empty='))) {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'has neither modules nor an `empty=` line', gradle_HINT);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/npm.js
// npm's package-lock.json and npm-shrinkwrap.json (same format). Versions 2 and 3 list every installed
// package under `packages`, keyed by its install path (`node_modules/a/node_modules/b`), with `dev` /
// `devOptional` flags; the root entry `""` and workspace entries name what the project declares, so a
// package is direct when it is where Node would resolve one of those names from the declaring folder.
// Version 1 nests `dependencies` trees with `dev` flags but does not record the root's own dependencies,
// so its packages carry no `direct`.




const npm_HINT = 'regenerate it with `npm install --package-lock-only`';
const DECLARING_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const NM = 'node_modules/';
const npmFormat = {
    id: 'package-lock',
    ecosystem: 'npm',
    matches: (name) => name === 'package-lock.json' || name === 'npm-shrinkwrap.json',
    parse: parsePackageLock,
};
function parsePackageLock(text, file, io) {
    const { value, lines } = parseLocatedJson(text, file, { hint: npm_HINT });
    const version = value['lockfileVersion'];
    if (version === 2 || version === 3)
        return fromPackages(value, lines.get('packages') ?? new Map(), file, io);
    if (version === 1)
        return fromDependencyTree(text, value, file, io);
    throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, '"lockfileVersion"') ?? 1 }, `unsupported package-lock lockfileVersion ${JSON.stringify(version)} (runlens reads 1, 2 and 3)`, npm_HINT);
}
function fromPackages(value, lines, file, io) {
    const packages = rec(value, 'packages');
    // The folders that declare dependencies: the root and every workspace (entries not under node_modules).
    const direct = new Set();
    for (const [key, entry] of Object.entries(packages)) {
        if (key !== '' && (key.startsWith(NM) || key.includes(`/${NM}`)))
            continue;
        for (const field of DECLARING_FIELDS) {
            for (const name of Object.keys(rec(entry, field))) {
                const at = resolveFrom(packages, key, name);
                if (at !== undefined)
                    direct.add(at);
            }
        }
    }
    const out = [];
    for (const [key, entry] of Object.entries(packages)) {
        const at = key.lastIndexOf(NM);
        if (at < 0 || !isRecord(entry))
            continue; // the root and workspace folders are the project itself
        const line = lines.get(key) ?? 1;
        if (entry['link'] === true)
            continue; // a symlink to a workspace folder: the project's own code
        const version = str(entry, 'version');
        const name = str(entry, 'name') ?? key.slice(at + NM.length);
        if (!version) {
            io?.skipped?.({ file, line, text: key, reason: 'no version recorded' });
            continue;
        }
        out.push({
            name,
            version,
            ecosystem: 'npm',
            lockfile: file,
            line,
            direct: direct.has(key),
            scope: entry['dev'] === true || entry['devOptional'] === true ? 'development' : 'runtime',
        });
    }
    return out;
}
/** The install path Node finds `name` at when required from folder `from` ('' = the root). */
function resolveFrom(packages, from, name) {
    let dir = from;
    for (;;) {
        const candidate = dir === '' ? NM + name : `${dir}/${NM}${name}`;
        if (candidate in packages)
            return candidate;
        if (dir === '')
            return undefined;
        const cut = dir.lastIndexOf('/');
        dir = cut < 0 ? '' : dir.slice(0, cut);
        // `a/node_modules` is not a folder a package lives in; step over it to `a`.
        if (dir.endsWith('/node_modules') || dir === 'node_modules') {
            const c2 = dir.lastIndexOf('/');
            dir = c2 < 0 ? '' : dir.slice(0, c2);
        }
    }
}
const MAX_NESTING = 500;
function fromDependencyTree(text, value, file, io) {
    // Lines of every nested `dependencies` key, by its path of package names (joined with NUL).
    const lines = new Map();
    scanJsonKeys(text, Infinity, (key, line, path) => {
        if (path.length % 2 === 1 && path[path.length - 1] === 'dependencies' && path[0] === 'dependencies') {
            const names = path.filter((_, i) => i % 2 === 1);
            names.push(key);
            lines.set(names.join('\0'), line);
        }
    });
    const out = [];
    const walk = (deps, trail) => {
        // npm nests a v1 tree as deep as node_modules goes (a few dozen levels); thousands is a hostile file,
        // and would overflow the stack of this walk.
        if (trail.length > MAX_NESTING) {
            throw new base_errors/* InputError */.dz({ file, line: lines.get(trail.join('\0')) ?? 1 }, `"dependencies" nest more than ${MAX_NESTING} levels deep`, 'regenerate the lockfile with npm install');
        }
        for (const [key, entry] of Object.entries(deps)) {
            if (!isRecord(entry))
                continue;
            const path = [...trail, key];
            const line = lines.get(path.join('\0')) ?? 1;
            let name = key;
            let version = str(entry, 'version');
            // An alias (`"b": "npm:real@1.0.0"`) installs `real`.
            if (version?.startsWith('npm:')) {
                const spec = version.slice(4);
                const cut = spec.lastIndexOf('@');
                if (cut > 0) {
                    name = spec.slice(0, cut);
                    version = spec.slice(cut + 1);
                }
            }
            if (!version || !/^\d/.test(version)) {
                io?.skipped?.({ file, line, text: `${key}@${version ?? ''}`, reason: 'not a registry version (git, file or URL dependency)' });
            }
            else {
                out.push({
                    name,
                    version,
                    ecosystem: 'npm',
                    lockfile: file,
                    line,
                    scope: entry['dev'] === true ? 'development' : 'runtime',
                });
            }
            walk(rec(entry, 'dependencies'), path);
        }
    };
    walk(rec(value, 'dependencies'), []);
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/pipfile.js
// Pipfile.lock (pipfile-spec 6): `default` is runtime, `develop` development. A package locked in both is
// reported once, as runtime. Entries without a `==` version (git, path or editable requirements) are
// skipped. The lockfile does not say which packages the Pipfile names, so no `direct`.



const pipfile_HINT = 'regenerate it with `pipenv lock`';
const pipfileFormat = {
    id: 'pipfile',
    ecosystem: 'PyPI',
    matches: (name) => name === 'Pipfile.lock',
    parse: parsePipfileLock,
};
function parsePipfileLock(text, file, io) {
    const { value, lines } = parseLocatedJson(text, file, { hint: pipfile_HINT });
    const spec = rec(value, '_meta')['pipfile-spec'];
    if (spec !== undefined && spec !== 6) {
        throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, '"pipfile-spec"') ?? 1 }, `unsupported pipfile-spec ${JSON.stringify(spec)} (runlens reads 6)`, pipfile_HINT);
    }
    if (!isRecord(value['default']) && !isRecord(value['develop'])) {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'has neither a `default` nor a `develop` section', pipfile_HINT);
    }
    const out = [];
    const seen = new Set();
    for (const [section, scope] of [
        ['default', 'runtime'],
        ['develop', 'development'],
    ]) {
        const sectionLines = lines.get(section) ?? new Map();
        for (const [name, entry] of Object.entries(rec(value, section))) {
            const line = sectionLines.get(name) ?? 1;
            const version = str(entry, 'version');
            if (!version?.startsWith('==')) {
                io?.skipped?.({ file, line, text: name, reason: 'no pinned version (a git, path or editable requirement)' });
                continue;
            }
            const v = version.replace(/^===?/, '');
            if (seen.has(`${name}\0${v}`))
                continue;
            seen.add(`${name}\0${v}`);
            out.push({ name, version: v, ecosystem: 'PyPI', lockfile: file, line, scope });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/yaml.js
// YAML lockfiles (pnpm-lock.yaml, yarn Berry's yarn.lock): js-yaml's event stream carries source offsets,
// so one pass builds the value and records the line of every entry two levels down
// (`packages["lodash@4.17.15"]`), which is where these lockfiles declare a package. Scalars stay strings
// (the failsafe reading): a version such as `1.10` must not turn into the number 1.1.


function parseLocatedYaml(text, file, hint) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file, maxDepth: 64 });
    }
    catch (err) {
        if (err instanceof js_yaml/* YAMLException */.tB) {
            throw new base_errors/* InputError */.dz({ file, ...(err.mark && { line: err.mark.line + 1, column: err.mark.column + 1 }) }, `invalid YAML: ${(0,base_errors/* clipForMessage */.Z2)(err.reason, 200)}`, hint);
        }
        throw err;
    }
    const starts = lineStarts(text);
    const lineAt = (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    const lines = new Map();
    const topLines = new Map();
    let i = 0;
    const node = (depth, recordInto) => {
        const e = events[i++];
        switch (e.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR:
                return (0,js_yaml/* getScalarValue */.KE)(text, e);
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                const items = [];
                while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP)
                    items.push(node(depth + 1));
                i++;
                return items;
            }
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                const out = {};
                while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
                    const k = events[i];
                    const key = node(depth + 1);
                    const name = typeof key === 'string' ? key : JSON.stringify(key);
                    if (recordInto && k.type === js_yaml/* EVENT_ID */.hy.SCALAR)
                        recordInto.set(name, lineAt(k.valueStart));
                    let childLines;
                    if (depth === 0) {
                        if (k.type === js_yaml/* EVENT_ID */.hy.SCALAR)
                            topLines.set(name, lineAt(k.valueStart));
                        childLines = new Map();
                        lines.set(name, childLines);
                    }
                    out[name] = node(depth + 1, childLines);
                }
                i++;
                return out;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS:
                throw new base_errors/* InputError */.dz({ file, line: lineAt(e.anchorStart) }, 'YAML aliases are not used in lockfiles', hint);
            default:
                throw new base_errors/* InputError */.dz({ file, line: 1 }, 'unexpected YAML structure', hint);
        }
    };
    // events: DOCUMENT, root, POP (per document)
    if (events.length === 0 || events[0].type !== js_yaml/* EVENT_ID */.hy.DOCUMENT) {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'is empty', hint);
    }
    i = 1;
    if (events[i].type === js_yaml/* EVENT_ID */.hy.POP)
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'is empty', hint);
    const value = node(0);
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'is not a YAML mapping', hint);
    }
    return { value, lines, topLines };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function ymap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function ystr(v) {
    return typeof v === 'string' ? v : undefined;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/pnpm.js
// pnpm-lock.yaml, lockfileVersion 6 (pnpm 8) and 9 (pnpm 9, 10). Every package is a key of `packages`
// (`/lodash@4.17.15` in v6, `lodash@4.17.15` in v9, peer suffixes in parentheses). Direct: named by an
// importer (`importers.<path>` or, in a v6 single project, the top-level dependency maps). Scope: v6 writes
// `dev: true|false` on each package (absent = used by both, so runtime); v9 drops the flag, so scope comes
// from walking the `snapshots` graph from the importers' runtime and dev dependencies.



const pnpm_HINT = 'regenerate it with `pnpm install --lockfile-only`';
const pnpm_RUNTIME_FIELDS = ['dependencies', 'optionalDependencies'];
const ALL_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'];
const pnpmFormat = {
    id: 'pnpm',
    ecosystem: 'npm',
    matches: (name) => name === 'pnpm-lock.yaml',
    parse: parsePnpmLock,
};
/** `name@version` (peer suffix and v6's leading slash removed), split. */
function splitPnpmKey(key) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    const paren = k.indexOf('(');
    if (paren > 0)
        k = k.slice(0, paren);
    const at = k.indexOf('@', 1);
    if (at < 0)
        return undefined;
    return { name: k.slice(0, at), version: k.slice(at + 1) };
}
/** The packages key an importer or snapshot dependency (`name: version`) points at, without peer suffix. */
function depKey(name, version, v6) {
    if (version.startsWith('link:') || version.startsWith('file:') || version.startsWith('workspace:'))
        return undefined;
    const base = version.includes('(') ? version.slice(0, version.indexOf('(')) : version;
    // An alias (`foo: npm:bar@1.0.0`) is written as the target key: `/bar@1.0.0` (v6) or `bar@1.0.0` (v9).
    const key = base.startsWith('/') || base.indexOf('@', 1) > 0 ? base : `${name}@${base}`;
    if (v6)
        return key.startsWith('/') ? key : `/${key}`;
    return key.startsWith('/') ? key.slice(1) : key;
}
function stripPeers(key) {
    const paren = key.indexOf('(');
    return paren > 0 ? key.slice(0, paren) : key;
}
function parsePnpmLock(text, file, io) {
    const { value, lines } = parseLocatedYaml(text, file, pnpm_HINT);
    const lockfileVersion = ystr(value['lockfileVersion']) ?? '';
    const major = /^(\d+)\./.exec(lockfileVersion)?.[1];
    if (major !== '6' && major !== '9') {
        throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, 'lockfileVersion') ?? 1 }, `unsupported pnpm lockfileVersion ${JSON.stringify(value['lockfileVersion'] ?? null)} (runlens reads 6.x and 9.x)`, 'pnpm 8 writes 6.0, pnpm 9 and 10 write 9.0; regenerate the lockfile with one of them');
    }
    const v6 = major === '6';
    const importers = value['importers'] ? Object.values(ymap(value['importers'])).map(ymap) : [value];
    const direct = new Set();
    for (const importer of importers) {
        for (const field of ALL_FIELDS) {
            for (const [name, spec] of Object.entries(ymap(importer[field]))) {
                const version = ystr(ymap(spec)['version']) ?? ystr(spec);
                const key = version && depKey(name, version, v6);
                if (key)
                    direct.add(key);
            }
        }
    }
    const runtime = v6 ? undefined : reachableRuntime(value, importers);
    const packages = ymap(value['packages']);
    const packageLines = lines.get('packages') ?? new Map();
    const out = [];
    for (const [key, raw] of Object.entries(packages)) {
        const entry = ymap(raw);
        const line = packageLines.get(key) ?? 1;
        const split = splitPnpmKey(key);
        const name = ystr(entry['name']) ?? split?.name;
        const version = ystr(entry['version']) ?? split?.version;
        if (!name || !version || !/^\d/.test(version)) {
            io?.skipped?.({ file, line, text: key, reason: 'not a registry version (git, tarball or local dependency)' });
            continue;
        }
        const base = stripPeers(key);
        let scope;
        if (v6)
            scope = ystr(entry['dev']) === 'true' ? 'development' : 'runtime';
        else
            scope = runtime.has(base) ? 'runtime' : 'development';
        out.push({ name, version, ecosystem: 'npm', lockfile: file, line, direct: direct.has(base), scope });
    }
    return out;
}
/** v9: the packages keys reachable from an importer's runtime dependencies through `snapshots`. */
function reachableRuntime(value, importers) {
    const snapshots = ymap(value['snapshots']);
    // Snapshot keys carry peer suffixes; dependencies name them exactly, so walk by full key.
    const seen = new Set();
    const stack = [];
    const push = (name, version) => {
        if (version.startsWith('link:') || version.startsWith('file:'))
            return;
        const key = version.indexOf('@', 1) > 0 ? version : `${name}@${version}`;
        if (!seen.has(key)) {
            seen.add(key);
            stack.push(key);
        }
    };
    for (const importer of importers) {
        for (const field of pnpm_RUNTIME_FIELDS) {
            for (const [name, spec] of Object.entries(ymap(importer[field]))) {
                const version = ystr(ymap(spec)['version']);
                if (version)
                    push(name, version);
            }
        }
    }
    while (stack.length > 0) {
        const snap = ymap(snapshots[stack.pop()]);
        for (const field of pnpm_RUNTIME_FIELDS) {
            for (const [name, version] of Object.entries(ymap(snap[field]))) {
                const v = ystr(version);
                if (v)
                    push(name, v);
            }
        }
    }
    return new Set([...seen].map(stripPeers));
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/poetry.js
// poetry.lock. Poetry 2 (lock-version 2.1) writes each package's dependency `groups`; older lockfiles
// write a `category` (`main` / `dev`). A package only in non-main groups is development. The lockfile does
// not say which packages pyproject.toml names, so no `direct`.



const poetry_HINT = 'regenerate it with `poetry lock`';
const poetryFormat = {
    id: 'poetry',
    ecosystem: 'PyPI',
    matches: (name) => name === 'poetry.lock',
    parse: parsePoetryLock,
};
function parsePoetryLock(text, file, io) {
    const value = parseTomlFile(text, file, poetry_HINT);
    const meta = value['metadata'];
    const lockVersion = typeof meta === 'object' && meta !== null ? meta['lock-version'] : undefined;
    if (typeof lockVersion !== 'string' || !/^[12]\./.test(lockVersion)) {
        throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, 'lock-version') ?? 1 }, `unsupported poetry.lock lock-version ${JSON.stringify(lockVersion ?? null)} (runlens reads 1.x and 2.x)`, poetry_HINT);
    }
    const out = [];
    for (const { table, line } of locatedArrayTables(value, text, 'package', file, poetry_HINT)) {
        const name = table['name'];
        const version = table['version'];
        if (typeof name !== 'string' || typeof version !== 'string') {
            throw new base_errors/* InputError */.dz({ file, line }, 'a [[package]] needs a string `name` and `version`', poetry_HINT);
        }
        const source = table['source'];
        const type = source?.['type'];
        if (type === 'directory' || type === 'file' || type === 'git' || type === 'url') {
            io?.skipped?.({ file, line, text: `${name} ${version}`, reason: `not from a package index (${String(type)})` });
            continue;
        }
        let scope;
        const groups = table['groups'];
        if (Array.isArray(groups))
            scope = groups.includes('main') ? 'runtime' : 'development';
        else if (table['category'] === 'main')
            scope = 'runtime';
        else if (table['category'] === 'dev')
            scope = 'development';
        out.push({ name, version, ecosystem: 'PyPI', lockfile: file, line, ...(scope && { scope }) });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/requirements.js
// pip requirements files (requirements.txt, requirements-dev.txt, …). There is no lockfile library for
// JavaScript, and pip's syntax is line-based, so it is read here: `\` continuations join lines, `#` starts a
// comment at a line start or after whitespace, `-r`/`--requirement` includes another file (relative to this
// one), other options are ignored. A requirement pinned with `==`/`===` (no wildcard) is a package; anything
// else (`>=`, no version, URLs, local paths, `-e`) installs a version the file does not name, so it is
// skipped and reported through `io.skipped`. Environment markers are kept, not evaluated: the file names the
// package for some environment. pip-compile's `# via` comments say whether a pin comes from the input file
// (`-r requirements.in`, `project (pyproject.toml)`; a `-c` constraint alone installs nothing), which gives `direct`; without them, no `direct`.



const requirements_HINT = 'each line is a requirement (`name==1.2.3`), an option (`-r other.txt`) or a comment';
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;
const SPECIFIER = /^\s*(===|==|!=|<=|>=|~=|<|>)\s*([^\s,;]+)\s*$/;
/** Options that take a value, as pip spells them. */
const VALUE_OPTIONS = new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--no-binary',
    '--only-binary',
    '--trusted-host',
    '--use-feature',
    '--hash',
    '--config-settings',
    '--global-option',
]);
const FLAG_OPTIONS = new Set(['--pre', '--prefer-binary', '--require-hashes', '--no-index']);
const requirementsFormat = {
    id: 'requirements',
    ecosystem: 'PyPI',
    matches: (name) => name.endsWith('.txt') && name.toLowerCase().includes('requirements'),
    parse: (text, file, io) => parseRequirements(text, file, io),
};
/** Physical lines → logical lines (continuations joined), plus pip-compile's `# via` comments per line. */
function logicalLines(text) {
    const lines = splitLines(text);
    const out = [];
    let viaOpen = false;
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let line = lines[i];
        const trimmed = line.trim();
        if (trimmed.startsWith('#')) {
            // `    # via django` or `    # via` followed by `    #   -r requirements.in` lines.
            const last = out[out.length - 1];
            const via = /^#\s*via\b\s*(.*)$/.exec(trimmed);
            if (via && last && /^\s/.test(line)) {
                viaOpen = true;
                if (via[1])
                    last.via.push(via[1].trim());
            }
            else if (viaOpen && last && /^\s/.test(line) && /^#\s{2,}\S/.test(trimmed)) {
                last.via.push(trimmed.replace(/^#\s*/, ''));
            }
            else {
                viaOpen = false;
            }
            continue;
        }
        viaOpen = false;
        let joined = '';
        while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
            joined += line.slice(0, -1);
            line = lines[++i];
        }
        joined += line;
        const stripped = joined.replace(/(^|\s)#.*$/, '').trim();
        if (stripped !== '')
            out.push({ text: stripped, line: start + 1, via: [] });
    }
    return out;
}
/** Splits `-r file`, `-rfile`, `--requirement=file` into option and value. */
function splitOption(text) {
    const m = /^(--?[A-Za-z][A-Za-z-]*)(?:=|\s+)?(.*)$/s.exec(text);
    if (!m)
        return undefined;
    let option = m[1];
    let value = m[2].trim();
    // `-rfile`: a one-letter option glued to its value.
    if (!option.startsWith('--') && option.length > 2) {
        value = option.slice(2) + (value ? ` ${value}` : '');
        option = option.slice(0, 2);
    }
    const [first, ...rest] = value.split(/\s+/);
    return { option, value: first ?? '', rest: rest.join(' ') };
}
async function parseRequirements(text, file, io, seen = new Set([file])) {
    const out = [];
    for (const { text: entry, line, via } of logicalLines(text)) {
        const pos = { file, line };
        if (entry.startsWith('-')) {
            const split = splitOption(entry);
            // `---`, `- x`: a dash that starts no option (a YAML or Markdown list pasted in).
            if (!split)
                throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `"${entry.slice(0, 60)}" is not an option or a requirement`, requirements_HINT);
            const { option, value } = split;
            if (FLAG_OPTIONS.has(option))
                continue;
            if (!VALUE_OPTIONS.has(option))
                throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `unknown option "${option}"`, requirements_HINT);
            if (!value)
                throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `option "${option}" needs a value`, requirements_HINT);
            if (option === '-r' || option === '--requirement') {
                const included = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), value));
                if (seen.has(included))
                    continue; // pip would loop; each file counts once
                // An include outside the repository (`-r ../../etc/x`, `-r /etc/x`) is not read: a change under
                // review must not make runlens read files elsewhere on the runner.
                if (included === '..' || included.startsWith('../') || external_node_path_.posix.isAbsolute(value) || /^[A-Za-z]:[\\/]/.test(value)) {
                    throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `includes "${value}", which is outside the repository`, 'include only files inside the repository, relative to the including file');
                }
                const body = io ? await io.readInclude(included) : undefined;
                if (body === undefined) {
                    throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `includes "${value}" (${included}), which cannot be read`, 'fix the path; it is relative to the including file');
                }
                seen.add(included);
                out.push(...(await parseRequirements(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body, included, io, seen)));
            }
            else if (option === '-e' || option === '--editable') {
                io?.skipped?.({ file, line, text: entry, reason: 'an editable install (its version is whatever the source says)' });
            }
            continue;
        }
        // Per-requirement options (`--hash=…`) follow the requirement, after whitespace.
        const requirement = entry.split(/\s+--?[A-Za-z]/)[0].trim();
        const withoutMarker = requirement.split(';')[0].trim();
        const m = NAME.exec(withoutMarker);
        if (!m || /^(\.|\/|[A-Za-z]+:\/\/|file:)/.test(withoutMarker) || /\.(whl|zip|tar\.gz|tgz)$/i.test(withoutMarker)) {
            if (/^(\.|\/|[A-Za-z][A-Za-z+]*:)/.test(withoutMarker) || /\.(whl|zip|tar\.gz|tgz)$/i.test(withoutMarker)) {
                io?.skipped?.({ file, line, text: requirement, reason: 'a URL or local path, not a pinned version' });
                continue;
            }
            throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `"${entry.slice(0, 60)}" is not a requirement`, requirements_HINT);
        }
        const [, name, , rest] = m;
        const specs = rest
            .trim()
            .replace(/^\((.*)\)$/s, '$1')
            .trim();
        if (specs.startsWith('@')) {
            io?.skipped?.({ file, line, text: requirement, reason: 'a direct URL reference, not a pinned version' });
            continue;
        }
        let pinned;
        if (specs !== '') {
            for (const spec of specs.split(',')) {
                const s = SPECIFIER.exec(spec);
                if (!s)
                    throw new base_errors/* InputError */.dz({ ...pos, column: 1 }, `"${spec.trim()}" in "${requirement}" is not a version specifier`, 'write e.g. `name==1.2.3`');
                if ((s[1] === '==' || s[1] === '===') && !s[2].includes('*'))
                    pinned = s[2];
            }
        }
        if (!pinned) {
            io?.skipped?.({ file, line, text: requirement, reason: 'not pinned with == (the installed version is not in the file)' });
            continue;
        }
        const pkg = { name: name, version: pinned, ecosystem: 'PyPI', lockfile: file, line };
        if (via.length > 0)
            pkg.direct = via.some((v) => /^-r\s/.test(v) || /\((pyproject\.toml|setup\.py|setup\.cfg)\)$/.test(v));
        out.push(pkg);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/uv.js
// uv.lock (version 1). The workspace's own packages (`source = { editable | virtual = … }`) list what the
// project declares: `dependencies` and `optional-dependencies` (extras) are runtime, `dev-dependencies`
// (dependency groups) development. Those are the direct packages; scope comes from walking the dependency
// graph from them.



const uv_HINT = 'regenerate it with `uv lock`';
const uvFormat = {
    id: 'uv',
    ecosystem: 'PyPI',
    matches: (name) => name === 'uv.lock',
    parse: parseUvLock,
};
const asTable = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
const asList = (v) => (Array.isArray(v) ? v : []);
function parseUvLock(text, file, io) {
    const value = parseTomlFile(text, file, uv_HINT);
    if (value['version'] !== 1) {
        throw new base_errors/* InputError */.dz({ file, line: (0,line_index/* lineOf */.cA)(text, 'version') ?? 1 }, `unsupported uv.lock version ${JSON.stringify(value['version'] ?? null)} (runlens reads 1)`, uv_HINT);
    }
    const tables = locatedArrayTables(value, text, 'package', file, uv_HINT);
    const byName = new Map();
    tables.forEach(({ table }, i) => {
        const name = String(table['name']);
        byName.set(name, [...(byName.get(name) ?? []), i]);
    });
    const resolve = (dep) => {
        const d = asTable(dep);
        const candidates = byName.get(String(d['name'])) ?? [];
        if (candidates.length <= 1 || d['version'] === undefined)
            return candidates[0];
        return candidates.find((i) => tables[i].table['version'] === d['version']);
    };
    const isLocal = (t) => {
        const s = asTable(t['source']);
        return 'editable' in s || 'virtual' in s;
    };
    const runtime = new Set();
    const development = new Set();
    const direct = new Set();
    const walk = (start, into) => {
        const stack = [...start];
        while (stack.length > 0) {
            const i = stack.pop();
            if (into.has(i))
                continue;
            into.add(i);
            const t = tables[i].table;
            const next = [...asList(t['dependencies'])];
            for (const extra of Object.values(asTable(t['optional-dependencies'])))
                next.push(...asList(extra));
            for (const d of next) {
                const j = resolve(d);
                if (j !== undefined)
                    stack.push(j);
            }
        }
    };
    const runtimeRoots = [];
    const devRoots = [];
    for (const { table } of tables) {
        if (!isLocal(table))
            continue;
        const rt = [...asList(table['dependencies'])];
        for (const extra of Object.values(asTable(table['optional-dependencies'])))
            rt.push(...asList(extra));
        const dev = [];
        for (const group of Object.values(asTable(table['dev-dependencies'])))
            dev.push(...asList(group));
        for (const d of rt) {
            const j = resolve(d);
            if (j !== undefined)
                runtimeRoots.push(j);
        }
        for (const d of dev) {
            const j = resolve(d);
            if (j !== undefined)
                devRoots.push(j);
        }
    }
    for (const j of [...runtimeRoots, ...devRoots])
        direct.add(j);
    walk(runtimeRoots, runtime);
    walk(devRoots, development);
    const out = [];
    tables.forEach(({ table, line }, i) => {
        const name = table['name'];
        const version = table['version'];
        if (typeof name !== 'string')
            throw new base_errors/* InputError */.dz({ file, line }, 'a [[package]] needs a string `name`', uv_HINT);
        if (isLocal(table))
            return; // the project itself
        const source = asTable(table['source']);
        if (typeof version !== 'string' || !('registry' in source)) {
            io?.skipped?.({ file, line, text: name, reason: 'not from a package index (git, path or URL source)' });
            return;
        }
        const scope = runtime.has(i) ? 'runtime' : development.has(i) ? 'development' : undefined;
        out.push({ name, version, ecosystem: 'PyPI', lockfile: file, line, direct: direct.has(i), ...(scope && { scope }) });
    });
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/yarn.js
// yarn.lock, classic (yarn 1) and Berry (yarn 2+). Classic is yarn's own indented syntax, not YAML; no
// maintained parser gives positions (@yarnpkg/lockfile was last released in 2018), and the syntax is small,
// so it is read line by line here. Berry's lockfile is YAML (`__metadata:` first) and is read with js-yaml.
// Neither says dev or runtime. Berry lists each workspace (`name@workspace:.`) with its dependencies, dev
// ones included, so Berry packages carry `direct`; classic packages carry neither flag.



const CLASSIC_HINT = 'regenerate it with `yarn install`';
/** Ranges that point somewhere other than the registry: the version is whatever that source holds. */
const NON_REGISTRY = /^(file:|link:|portal:|workspace:|git[+:]|github:|gitlab:|bitbucket:|https?:|\.{0,2}\/)/;
const BERRY_HINT = 'regenerate it with `yarn install --mode=update-lockfile`';
const yarnFormat = {
    id: 'yarn',
    ecosystem: 'npm',
    matches: (name) => name === 'yarn.lock',
    parse: parseYarnLock,
};
function parseYarnLock(text, file, io) {
    return /^__metadata:/m.test(text) ? parseBerry(text, file, io) : parseClassic(text, file, io);
}
function unquote(s) {
    const t = s.trim();
    if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
        try {
            return JSON.parse(t);
        }
        catch {
            return t.slice(1, -1);
        }
    }
    return t;
}
/** `name@range` → name (a scoped name keeps its leading `@`). */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.slice(0, at);
}
function parseClassic(text, file, io) {
    const lines = splitLines(text);
    const out = [];
    let header;
    let version;
    const flush = () => {
        if (!header)
            return;
        if (version === undefined) {
            throw new base_errors/* InputError */.dz({ file, line: header.line }, `entry "${header.descriptors.join(', ')}" has no version`, CLASSIC_HINT);
        }
        const first = header.descriptors[0];
        let name = descriptorName(first);
        // An alias (`alias@npm:real@^1.0.0`) installs `real`.
        const range = first.slice(name.length + 1);
        if (range.startsWith('npm:'))
            name = descriptorName(range.slice(4));
        if (!/^\d/.test(version) || NON_REGISTRY.test(range)) {
            io?.skipped?.({ file, line: header.line, text: first, reason: 'not a registry package (file, link, git or URL dependency)' });
        }
        else {
            out.push({ name, version, ecosystem: 'npm', lockfile: file, line: header.line });
        }
        header = undefined;
        version = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        if (line[0] !== ' ' && line[0] !== '\t') {
            flush();
            if (!line.endsWith(':')) {
                throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, 'expected an entry header ending in `:` (`name@range:`)', CLASSIC_HINT);
            }
            const descriptors = splitHeader(line.slice(0, -1)).map(unquote);
            if (descriptors.some((d) => d === '' || d.indexOf('@', 1) < 0)) {
                throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, `malformed entry header "${line}"`, CLASSIC_HINT);
            }
            header = { line: i + 1, descriptors };
            continue;
        }
        if (!header)
            throw new base_errors/* InputError */.dz({ file, line: i + 1, column: 1 }, 'indented line outside an entry', CLASSIC_HINT);
        // Only the entry's own two-space fields matter; deeper lines are its dependency lists.
        if (line.startsWith('  version ') && line[2] !== ' ')
            version = unquote(line.slice(10));
    }
    flush();
    if (out.length === 0 && !/^# yarn lockfile v1/m.test(text) && text.trim() !== '') {
        throw new base_errors/* InputError */.dz({ file, line: 1, column: 1 }, 'is neither a yarn classic lockfile nor a Berry one', CLASSIC_HINT);
    }
    return out;
}
/** Splits `"a@1", b@2` at commas outside quotes. */
function splitHeader(s) {
    const parts = [];
    let cur = '';
    let quoted = false;
    for (const ch of s) {
        if (ch === '"')
            quoted = !quoted;
        if (ch === ',' && !quoted) {
            parts.push(cur.trim());
            cur = '';
        }
        else {
            cur += ch;
        }
    }
    parts.push(cur.trim());
    return parts;
}
function parseBerry(text, file, io) {
    const { value, lines, topLines } = parseLocatedYaml(text, file, BERRY_HINT);
    const metaVersion = Number(ystr(ymap(value['__metadata'])['version']));
    if (!Number.isInteger(metaVersion) || metaVersion < 4) {
        throw new base_errors/* InputError */.dz({ file, line: lines.get('__metadata')?.get('version') ?? 2 }, `unsupported yarn lockfile __metadata.version ${JSON.stringify(ymap(value['__metadata'])['version'] ?? null)} (runlens reads Berry lockfiles, version 4 and later)`, BERRY_HINT);
    }
    // Every descriptor (`axios@npm:0.21.0`) → the entry key that resolves it.
    const byDescriptor = new Map();
    for (const key of Object.keys(value))
        for (const d of key.split(','))
            byDescriptor.set(d.trim(), key);
    const direct = new Set();
    for (const [key, raw] of Object.entries(value)) {
        const resolution = ystr(ymap(raw)['resolution']) ?? '';
        if (!resolution.includes('@workspace:'))
            continue;
        const entry = ymap(raw);
        for (const field of ['dependencies', 'peerDependencies']) {
            for (const [name, range] of Object.entries(ymap(entry[field]))) {
                // yarn 2 writes workspace ranges without the `npm:` its entry keys carry.
                const r = ystr(range) ?? '';
                const target = byDescriptor.get(`${name}@${r}`) ?? byDescriptor.get(`${name}@npm:${r}`);
                if (target && target !== key)
                    direct.add(target);
            }
        }
    }
    const out = [];
    for (const [key, raw] of Object.entries(value)) {
        if (key === '__metadata')
            continue;
        const entry = ymap(raw);
        const line = topLines.get(key) ?? 1;
        const resolution = ystr(entry['resolution']) ?? '';
        const name = descriptorName(resolution);
        const protocol = resolution.slice(name.length + 1);
        if (protocol.startsWith('workspace:'))
            continue; // the project itself
        const version = ystr(entry['version']);
        if (!resolution || !version)
            throw new base_errors/* InputError */.dz({ file, line }, `entry "${key}" has no resolution or version`, BERRY_HINT);
        if (!protocol.startsWith('npm:')) {
            // `patch:` entries repeat a package already listed under its npm: resolution.
            if (!protocol.startsWith('patch:'))
                io?.skipped?.({ file, line, text: resolution, reason: 'not a registry package' });
            continue;
        }
        out.push({ name, version, ecosystem: 'npm', lockfile: file, line, direct: direct.has(key) });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/deps/lockfiles/index.js
// Lockfile discovery and reading: which files in a repository say what it installs, and what they say.



















const LOCKFILE_FORMATS = [
    npmFormat,
    yarnFormat,
    pnpmFormat,
    bunFormat,
    requirementsFormat,
    poetryFormat,
    pipfileFormat,
    uvFormat,
    goModFormat,
    cargoFormat,
    gemfileFormat,
    composerFormat,
    gradleFormat,
];
/** Directories that hold installed copies or build output, never the project's own lockfiles. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'target', '.venv', 'venv', '.tox', '.yarn', 'bower_components']);
function formatFor(fileName) {
    return LOCKFILE_FORMATS.find((f) => f.matches(fileName));
}
/** Finds lockfiles under `root` (skipping node_modules, .git, vendor, the output dir, and .gitignored paths), or the listed ones. */
async function findLockfiles(root, opts = {}) {
    const absRoot = external_node_path_.resolve(root);
    const isExcluded = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : () => false;
    const listed = opts.paths?.length ? opts.paths : ['.'];
    const out = new Map();
    const dirs = [];
    for (const p of listed) {
        const abs = external_node_path_.resolve(absRoot, p);
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!st) {
            const shown = (0,repo_path/* toPosix */.d7)(external_node_path_.relative(absRoot, abs));
            throw new base_errors/* InputError */.dz({ file: shown && !shown.startsWith('..') ? shown : p }, 'the listed lockfile path does not exist', 'check the `paths` of the deps step (they are relative to the repository root)');
        }
        if (st.isDirectory()) {
            if (!(0,repo_path/* isInside */.FK)(absRoot, abs)) {
                throw new base_errors/* InputError */.dz({ file: p }, 'is outside the repository', 'list lockfiles inside the repository the step runs in');
            }
            dirs.push(abs);
            continue;
        }
        const rel = (0,repo_path/* repoRelative */.Ne)(absRoot, abs);
        if (rel === undefined) {
            throw new base_errors/* InputError */.dz({ file: p }, 'is outside the repository', 'list lockfiles inside the repository the step runs in');
        }
        const format = formatFor(external_node_path_.basename(abs));
        if (!format) {
            throw new base_errors/* InputError */.dz({ file: rel }, 'is not a lockfile runlens reads', `known names: ${knownNames()}; list a directory to search it, or rename the file`);
        }
        out.set(abs, { path: abs, rel, format });
    }
    if (dirs.length > 0) {
        const listing = await (0,tree/* listTree */.n)({
            root: absRoot,
            paths: dirs,
            gitignore: opts.gitignore ?? true,
            skipDirs: opts.skipDirs ?? [],
            excluded: (rel) => {
                if (rel.endsWith('/')) {
                    const name = rel.slice(0, -1).split('/').pop();
                    if (SKIPPED_DIRS.has(name))
                        return true;
                    return isExcluded(rel.slice(0, -1));
                }
                return isExcluded(rel);
            },
            signal: opts.signal ?? new AbortController().signal,
        });
        for (const [abs, rel] of listing.files) {
            const format = formatFor(external_node_path_.basename(abs));
            if (format && !out.has(abs))
                out.set(abs, { path: abs, rel, format });
        }
    }
    return [...out.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
function knownNames() {
    return 'package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, go.mod, Cargo.lock, Gemfile.lock, gems.locked, composer.lock, gradle.lockfile';
}
/** Reads and parses one lockfile. Includes (`-r other.txt`) are read relative to the repository root `abs` implies. */
async function readLockfile(abs, rel, format, opts = {}) {
    const text = await (0,promises_.readFile)(abs, 'utf8').catch((err) => {
        throw new base_errors/* InputError */.dz({ file: rel }, `cannot read the lockfile (${err.code ?? err.message})`, 'check that the file exists and is readable');
    });
    // The repository root is where `rel` hangs from `abs`.
    const relParts = rel.split('/').length;
    let root = abs;
    for (let i = 0; i < relParts; i++)
        root = external_node_path_.dirname(root);
    const io = {
        readInclude: (includeRel) => (0,promises_.readFile)(external_node_path_.resolve(root, includeRel), 'utf8').catch(() => undefined),
        ...(opts.onSkipped && { skipped: opts.onSkipped }),
    };
    return format.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, rel, io);
}

// EXTERNAL MODULE: ./lib/base/markdown.js
var markdown = __webpack_require__(54536);
;// CONCATENATED MODULE: ./lib/checks/deps/summary.js
// The step's section of the job summary: what was scanned against what, and a table of the
// vulnerable packages with the version to upgrade to.


const MAX_ROWS = 100;
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
function worst(p) {
    return p.findings.map((f) => f.severity).reduce((a, b) => ((0,severity/* compareSeverity */.zK)(b, a) > 0 ? b : a), 'note');
}
function depsSummary(s) {
    const lines = [];
    if (s.lockfiles.length === 0 && s.failures.length === 0) {
        lines.push('No lockfile found: no dependencies were checked. (runlens reads package-lock.json, yarn.lock, pnpm-lock.yaml, bun.lock, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, go.mod, Cargo.lock, Gemfile.lock, composer.lock and gradle.lockfile.)');
        return lines.join('\n\n');
    }
    const counts = Object.entries(s.packageCounts)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([eco, n]) => `${eco} ${n.toLocaleString('en-US')}`)
        .join(', ');
    const total = Object.values(s.packageCounts).reduce((a, b) => a + b, 0);
    lines.push(`Checked ${plural(total, 'package')}${counts ? ` (${counts})` : ''} from ${plural(s.lockfiles.length, 'lockfile')} (${s.lockfiles.map((l) => `\`${l.replace(/`/g, "'")}\``).join(', ')})${s.source ? ` against ${(0,markdown/* escapeMarkdown */.FV)(s.source)}` : ''}.`);
    for (const f of s.failures)
        lines.push(`❌ ${(0,markdown/* escapeMarkdown */.FV)(f)}`);
    const findings = s.vulnerable.reduce((n, p) => n + p.findings.length, 0);
    const extra = [];
    if (s.ignored.length)
        extra.push(`${s.ignored.length} ignored`);
    if (s.knownFromBase)
        extra.push(`${s.knownFromBase} already in the base commit, not reported`);
    const tail = extra.length ? ` (${extra.join('; ')})` : '';
    if (findings === 0) {
        lines.push(`No known vulnerabilities${tail}.`);
    }
    else {
        lines.push(`**${plural(s.vulnerable.length, 'vulnerable package')}, ${plural(findings, 'advisory', 'advisories')}**${tail}.`);
        const rows = [...s.vulnerable].sort((a, b) => (0,severity/* compareSeverity */.zK)(worst(b), worst(a)) || (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0));
        const table = [
            (0,markdown/* tableHeader */.qd)([
                { title: 'Package' },
                { title: 'Version' },
                { title: 'Ecosystem' },
                { title: 'Severity' },
                { title: 'Advisories' },
                { title: 'Upgrade to' },
                { title: 'Lockfile' },
            ]),
        ];
        for (const p of rows.slice(0, MAX_ROWS)) {
            const advisories = p.findings
                .slice()
                .sort((a, b) => (0,severity/* compareSeverity */.zK)(b.severity, a.severity))
                .map((f) => `${f.helpUri ? (0,markdown/* markdownLink */.iQ)(f.ruleId, f.helpUri) : (0,markdown/* escapeMarkdown */.FV)(f.ruleId)} (${f.severity})`)
                .join(', ');
            const kind = [p.pkg.direct === false ? 'transitive' : p.pkg.direct ? 'direct' : '', p.pkg.scope === 'development' ? 'dev' : '']
                .filter(Boolean)
                .join(', ');
            table.push((0,markdown/* tableRow */.jD)([
                `${(0,markdown/* escapeMarkdown */.FV)(p.pkg.name)}${kind ? ` (${kind})` : ''}`,
                (0,markdown/* escapeMarkdown */.FV)(p.pkg.version),
                p.pkg.ecosystem,
                worst(p),
                advisories,
                p.upgrade ? `**${(0,markdown/* escapeMarkdown */.FV)(p.upgrade)}**` : 'no fix known',
                `${(0,markdown/* escapeMarkdown */.FV)(p.pkg.lockfile)}:${p.pkg.line}`,
            ]));
        }
        lines.push(table.join('\n'));
        if (rows.length > MAX_ROWS)
            lines.push(`… and ${plural(rows.length - MAX_ROWS, 'more package')} (all are in the findings).`);
    }
    if (s.ignored.length) {
        lines.push(`Ignored: ${s.ignored.map((i) => `${(0,markdown/* escapeMarkdown */.FV)(i.id)} in ${(0,markdown/* escapeMarkdown */.FV)(i.pkg)} (${(0,markdown/* escapeMarkdown */.FV)(i.reason)})`).join('; ')}.`);
    }
    for (const n of s.notes)
        lines.push(`Note: ${(0,markdown/* escapeMarkdown */.FV)(n)}`);
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./lib/checks/deps/run.js
// `uses: deps`: lockfiles → locked packages → advisories (offline database or OSV API) → findings,
// then the step's policy (scopes, only-direct, ignore, new-only, fail-on).













function run_plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
async function readAll(ctx, found) {
    const out = { lockfiles: [], packages: [], failures: [], skipped: 0 };
    for (const lf of found) {
        try {
            const pkgs = await readLockfile(lf.path, lf.rel, lf.format, { onSkipped: () => void out.skipped++ });
            out.lockfiles.push(lf);
            out.packages.push(...pkgs);
            ctx.log(`deps: ${lf.rel} (${lf.format.id}): ${run_plural(pkgs.length, 'package')}`);
        }
        catch (err) {
            if (!(err instanceof base_errors/* InputError */.dz))
                throw err;
            out.failures.push(`${err.message}`);
            ctx.log(`deps: ${err.message}`);
        }
    }
    return out;
}
function inPolicy(p, o) {
    if (o['only-direct'] && p.direct === false)
        return false;
    if (p.scope && !o.scopes.includes(p.scope))
        return false;
    return true;
}
async function openSource(ctx, packages) {
    const o = ctx.options;
    if (o.source === 'osv-api') {
        return apiSource(packages, {
            baseUrl: o['api-url'],
            timeoutMs: o['api-timeout'],
            retries: o['api-retries'],
            concurrency: o['api-concurrency'],
            signal: ctx.signal,
            userAgent: `runlens/${version.RUNLENS_VERSION}`,
            log: (l) => ctx.log(l),
            ...(o['cache-dir'] !== undefined && { cacheDir: o['cache-dir'] }),
            cacheTtlMs: o['cache-ttl'],
            env: ctx.env,
            cwd: ctx.cwd,
        });
    }
    const cacheDir = o['cache-dir'] ? external_node_path_.resolve(ctx.cwd, o['cache-dir']) : defaultCacheDir(ctx.env);
    return offlineSource(external_node_path_.resolve(ctx.cwd, o.source), packages, o['cache-ttl'] > 0 ? { indexDir: external_node_path_.join(cacheDir, 'offline-index') } : {});
}
/** Findings the base commit already had: same package (any version) and an id in common. */
function knownAtBase(source, base, stepId, unknown) {
    const known = new Set();
    for (const p of base) {
        for (const v of findingsFor(p, source.matches(p), { stepId, unknownSeverity: unknown }).vulnerabilities) {
            for (const id of v.ids)
                known.add(`${p.ecosystem}\0${advisoryName(p.ecosystem, p.name)}\0${id}`);
        }
    }
    return known;
}
async function runDeps(ctx) {
    const o = ctx.options;
    const started = performance.now();
    let found;
    try {
        found = await ctx.phase('find lockfiles', () => findLockfiles(ctx.workspace, {
            paths: o.paths.map((p) => external_node_path_.resolve(ctx.cwd, p)),
            exclude: o.exclude,
            skipDirs: [ctx.outputDir],
            signal: ctx.signal,
        }));
    }
    catch (err) {
        if (!(err instanceof base_errors/* InputError */.dz))
            throw err;
        return { status: 'failed', error: err.message, findings: [], summary: `❌ ${err.message}` };
    }
    const anyFound = found.length > 0;
    // A sharded run reads this shard's lockfiles only.
    found = found.filter((lf) => (0,check/* inShard */.Iw)(ctx, lf.rel));
    if (found.length === 0) {
        return {
            findings: [],
            // A shard may own none of the lockfiles found; that is not "no lockfile".
            ...(anyFound ? {} : { warnings: [`no lockfile found under ${o.paths.join(', ')}: no dependencies were checked`] }),
            summary: depsSummary({ lockfiles: [], packageCounts: {}, vulnerable: [], failures: [], notes: [], ignored: [], knownFromBase: 0 }),
        };
    }
    const parsed = await ctx.phase('read lockfiles', () => readAll(ctx, found));
    const notes = [];
    // What the user must know although the step may pass: also shown by the engine as warnings.
    const warnings = [];
    if (parsed.skipped > 0)
        notes.push(`${run_plural(parsed.skipped, 'entry', 'entries')} without a pinned version (unpinned requirements, local paths) could not be checked.`);
    const packages = parsed.packages.filter((p) => inPolicy(p, o));
    const outOfPolicy = parsed.packages.length - packages.length;
    if (outOfPolicy > 0)
        notes.push(`${run_plural(outOfPolicy, 'package')} left out by \`only-direct\`/\`scopes\`.`);
    // new-only: the base commit's packages are matched in the same pass.
    let base;
    if (o['new-only']) {
        const sha = ctx.platform.baseSha;
        if (!sha)
            notes.push('`new-only` is on, but this is no pull/merge request: every finding is reported.');
        else {
            const b = await ctx.phase('read base lockfiles', () => readBaseLockfiles(ctx, sha, parsed.lockfiles));
            if (b.unavailable) {
                notes.push(`\`new-only\` could not compare with the base: ${b.unavailable}; every finding is reported.`);
                warnings.push(`new-only could not compare with the base: ${b.unavailable}; every finding is reported`);
            }
            else
                base = b.packages.filter((p) => inPolicy(p, o));
        }
    }
    let source;
    if (packages.length > 0 || (base?.length ?? 0) > 0) {
        try {
            source = await ctx.phase('load advisories', () => openSource(ctx, [...packages, ...(base ?? [])]), { source: o.source });
        }
        catch (err) {
            if (!(err instanceof base_errors/* RunlensError */.YD))
                throw err;
            ctx.log(`deps: ${err.message}`);
            return {
                status: 'failed',
                error: err.message,
                findings: [],
                summary: depsSummary({
                    lockfiles: parsed.lockfiles.map((l) => l.rel),
                    packageCounts: countByEcosystem(packages),
                    vulnerable: [],
                    failures: [...parsed.failures, err.message],
                    notes,
                    ignored: [],
                    knownFromBase: 0,
                }),
            };
        }
        for (const p of source.problems.slice(0, 20))
            ctx.log(`deps: skipped a database record: ${p}`);
        if (source.problems.length > 0) {
            notes.push(`${run_plural(source.problems.length, 'advisory record')} of the database could not be read (see the log).`);
            warnings.push(`${run_plural(source.problems.length, 'advisory record')} of the offline database could not be read`);
        }
    }
    // Each package occurrence once (a lockfile can list the same package twice, e.g. npm aliases).
    const seen = new Set();
    let all = [];
    for (const p of packages) {
        const k = `${p.lockfile}\0${p.line}\0${packageKey(p)}`;
        if (seen.has(k) || !source)
            continue;
        seen.add(k);
        const pf = findingsFor(p, source.matches(p), { stepId: ctx.stepId, unknownSeverity: o['unknown-severity'] });
        if (pf.findings.length > 0)
            all.push(pf);
    }
    let knownFromBase = 0;
    if (base && source) {
        const known = knownAtBase(source, base, ctx.stepId, o['unknown-severity']);
        all = all
            .map((pf) => {
            const fresh = pf.findings.filter((f) => {
                const ids = [f.ruleId, ...(f.properties?.aliases ?? [])];
                const old = ids.some((id) => known.has(`${pf.pkg.ecosystem}\0${advisoryName(pf.pkg.ecosystem, pf.pkg.name)}\0${id}`));
                if (old)
                    knownFromBase++;
                return !old;
            });
            return { ...pf, findings: fresh };
        })
            .filter((pf) => pf.findings.length > 0);
    }
    const ign = applyIgnores(all.flatMap((pf) => pf.findings), o.ignore);
    notes.push(...ign.expired.map((e) => `⚠️ ${e}.`));
    const kept = new Set(ign.kept);
    const vulnerable = all.map((pf) => ({ ...pf, findings: pf.findings.filter((f) => kept.has(f)) })).filter((pf) => pf.findings.length > 0);
    const findings = vulnerable.flatMap((pf) => pf.findings);
    const ms = Math.round(performance.now() - started);
    ctx.log(`deps: ${run_plural(parsed.lockfiles.length, 'lockfile')}, ${run_plural(packages.length, 'package')}${source ? ` checked against ${source.description}` : ''}: ` +
        `${run_plural(vulnerable.length, 'vulnerable package')}, ${run_plural(findings.length, 'finding')}` +
        `${ign.ignored.length ? `, ${ign.ignored.length} ignored` : ''}${knownFromBase ? `, ${knownFromBase} already in the base` : ''}${source?.withdrawn ? `, ${source.withdrawn} withdrawn advisories skipped` : ''} (${ms} ms)`);
    for (const i of ign.ignored)
        ctx.log(`deps: ignored ${i.finding.ruleId} in ${String(i.finding.properties?.package)}: ${i.reason}`);
    const outcome = {
        findings,
        ...(warnings.length + ign.expired.length > 0 && { warnings: [...warnings, ...ign.expired] }),
        summary: depsSummary({
            lockfiles: parsed.lockfiles.map((l) => l.rel),
            packageCounts: countByEcosystem(packages),
            ...(source && { source: source.description }),
            vulnerable,
            failures: parsed.failures,
            notes,
            ignored: ign.ignored.map((i) => ({
                id: i.finding.ruleId,
                pkg: `${String(i.finding.properties?.package)}@${String(i.finding.properties?.version)}`,
                reason: i.reason,
            })),
            knownFromBase,
        }),
    };
    const problems = [];
    if (parsed.failures.length > 0) {
        problems.push(parsed.failures.length === 1
            ? `a lockfile could not be read: ${parsed.failures[0]}`
            : `${parsed.failures.length} lockfiles could not be read: ${parsed.failures.join('; ')}`);
    }
    const threshold = o['fail-on'];
    if (threshold) {
        const blocking = findings.filter((f) => (0,severity/* atLeast */.jZ)(f.severity, threshold));
        if (blocking.length > 0)
            problems.push(`${run_plural(blocking.length, 'vulnerability', 'vulnerabilities')} at or above this step's fail-on threshold (${threshold})`);
    }
    if (problems.length > 0) {
        outcome.status = 'failed';
        outcome.error = problems.join('; ');
    }
    return outcome;
}
function countByEcosystem(packages) {
    const out = {};
    for (const p of packages)
        out[p.ecosystem] = (out[p.ecosystem] ?? 0) + 1;
    return out;
}


/***/ }),

/***/ 41147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ listTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70298);
/* harmony import */ var _base_repo_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59425);
// Lists the working-tree files to scan: under the given paths, minus what .gitignore files (nested ones
// included, deeper ones winning, as git reads them) and the allowlist exclude, minus `.git/`, the output
// directory and symlinks. Symlinks are never followed: one inside the root points at a file that is
// scanned under its own path, and one leaving the root points at something that is not the repository's.




const READDIR_CONCURRENCY = 16;
async function loadIgnore(file) {
    try {
        return ignore__WEBPACK_IMPORTED_MODULE_2__().add(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Ignored when the deepest .gitignore with an opinion says so (a `!pattern` there re-includes). */
function isIgnored(layers, rel, isDir) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const { base, ig } = layers[i];
        const sub = base === '' ? rel : rel.slice(base.length + 1);
        const r = ig.test(isDir ? `${sub}/` : sub);
        if (r.ignored)
            return true;
        if (r.unignored)
            return false;
    }
    return false;
}
async function listTree(opts) {
    const out = { files: [], symlinksInside: 0, symlinksOutside: 0, ignored: 0 };
    const skip = new Set(opts.skipDirs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(d)));
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(opts.root).catch(() => opts.root);
    const seen = new Set();
    const rootLayers = [];
    if (opts.gitignore) {
        const exclude = await loadIgnore(node_path__WEBPACK_IMPORTED_MODULE_1__.join(opts.root, '.git', 'info', 'exclude'));
        if (exclude)
            rootLayers.push({ base: '', ig: exclude });
    }
    /** The .gitignore layers that apply inside `dirRel`, from the root down (for scan paths below the root). */
    const layersFor = async (dirRel) => {
        const layers = [...rootLayers];
        if (!opts.gitignore)
            return layers;
        const parts = dirRel === '' ? [] : dirRel.split('/');
        for (let i = 0; i <= parts.length; i++) {
            const base = parts.slice(0, i).join('/');
            const ig = await loadIgnore(node_path__WEBPACK_IMPORTED_MODULE_1__.join(opts.root, base, '.gitignore'));
            if (ig)
                layers.push({ base, ig });
        }
        return layers;
    };
    const classifySymlink = async (abs) => {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
        if (target && (target === rootReal || target.startsWith(rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)))
            out.symlinksInside++;
        else
            out.symlinksOutside++;
    };
    const queue = [];
    for (const p of opts.paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
        const rel = (0,_base_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(opts.root, abs));
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
            continue;
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink()) {
            await classifySymlink(abs);
        }
        else if (st.isFile()) {
            if (!seen.has(abs) && !opts.excluded(rel)) {
                seen.add(abs);
                out.files.push([abs, rel]);
            }
        }
        else if (st.isDirectory()) {
            queue.push({ abs, rel, layers: await layersFor(rel) });
        }
    }
    const visit = async (job) => {
        if (skip.has(job.abs) || seen.has(job.abs))
            return;
        seen.add(job.abs);
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(job.abs, { withFileTypes: true }).catch(() => []);
        let layers = job.layers;
        if (opts.gitignore && job.rel !== '' && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const ig = await loadIgnore(node_path__WEBPACK_IMPORTED_MODULE_1__.join(job.abs, '.gitignore'));
            if (ig)
                layers = [...layers, { base: job.rel, ig }];
        }
        for (const e of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(job.abs, e.name);
            const rel = job.rel === '' ? e.name : `${job.rel}/${e.name}`;
            if (e.isDirectory()) {
                if (e.name === '.git' || skip.has(abs))
                    continue;
                if (isIgnored(layers, rel, true)) {
                    out.ignored++;
                    continue;
                }
                if (opts.excluded(`${rel}/`))
                    continue;
                queue.push({ abs, rel, layers });
            }
            else if (e.isFile()) {
                if (isIgnored(layers, rel, false)) {
                    out.ignored++;
                    continue;
                }
                if (opts.excluded(rel))
                    continue;
                out.files.push([abs, rel]);
            }
            else if (e.isSymbolicLink()) {
                await classifySymlink(abs);
            }
        }
    };
    // A bounded number of readdirs in flight: directory trees are wide, and each readdir is a round trip.
    const running = new Set();
    while (queue.length > 0 || running.size > 0) {
        if (opts.signal.aborted)
            throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted');
        while (queue.length > 0 && running.size < READDIR_CONCURRENCY) {
            const p = visit(queue.pop()).finally(() => running.delete(p));
            running.add(p);
        }
        if (running.size > 0)
            await Promise.race(running);
    }
    // Deterministic order: findings and baselines should not depend on readdir timing.
    out.files.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return out;
}


/***/ }),

/***/ 35530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50645);

/** A stable id from parts that identify a finding independently of its line number. */
function fingerprintOf(...parts) {
    const h = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    for (const p of parts)
        h.update(String(p ?? '')).update('\0');
    return h.digest('hex').slice(0, 32);
}


/***/ })

};
