//! Everything an embed needs: typed URL options and embed codes, pure and tested natively. The framed
//! page's auto-height is a small script of its own (`assets/frame.js`), inlined into each page so that it
//! works from the first paint, with or without the app.

pub mod codes;
pub mod options;
