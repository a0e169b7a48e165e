//! Everything an embed needs: typed URL options, the height messages of the newsroom protocols (pym.js,
//! Datawrapper, AMP, Embedly / Medium), and embed codes. `options`, `messages` and `codes` are pure and
//! tested natively; `frame` is the browser side.

pub mod codes;
pub mod frame;
pub mod messages;
pub mod options;
