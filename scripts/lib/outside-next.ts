// Scripts, the seed and the benchmarks run the app's server modules in plain Node (tsx). Those
// modules start with `import "server-only"`, whose plain-Node entry throws: the marker exists to
// keep them out of browser bundles, and Next.js resolves it to an empty module on the server.
// This does the same for Node; import it first in an entry file that reaches lib/ server modules.
import Module from "node:module";

const marker = require.resolve("server-only");
const empty = new Module(marker);
empty.loaded = true;
require.cache[marker] = empty;
