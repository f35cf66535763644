//! comity-documents' tests, one binary with a module per reader: the parser on our fixtures and
//! on the real corpus, PDFs, Akoma Ntoso, the diff, and the inputs that once crashed a reader.

mod common;

mod akn;
mod crashers;
mod diff;
mod parse;
mod pdf;
mod real;
