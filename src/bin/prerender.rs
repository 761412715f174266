//! Writes the first page, drawn in each language as the app draws it
//! (`entitle::first_page`), to `<out-dir>/<tag>.html`: hidden, marked with its
//! language and direction, for the start-up script to show the person's. Run
//! by scripts/postbuild.mjs, which puts them into `index.html`.
//!
//!   cargo run --release --features prerender --bin prerender -- <out-dir>

fn main() {
    let out = std::env::args().nth(1).expect("usage: prerender <out-dir>");
    std::fs::create_dir_all(&out).expect("the output folder can be made");
    for tag in entitle::i18n::available() {
        let dir = entitle::i18n::I18n::new(tag).dir();
        let page = entitle::first_page::render(tag);
        let html = format!(
            "<div data-first-page=\"{tag}\" lang=\"{tag}\" dir=\"{dir}\" hidden>{page}</div>"
        );
        std::fs::write(format!("{out}/{tag}.html"), html).expect("the page can be written");
    }
}
