import fc from "fast-check";

/* Property tests explore fresh random cases on every local run; CI sets FC_SEED so that a run is
 * reproducible and a landing is not decided by the luck of the draw. A failure prints its seed. */
const seed = Number(process.env.FC_SEED);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
