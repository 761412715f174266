//! Writes the first page and the country question Start leads to, drawn in
//! each language as the app draws them
//! (`entitle::first_page`), to `<out-dir>/<tag>.html`: hidden, marked with its
//! language and direction, for the start-up script to show the person's. Run
//! by scripts/postbuild.mjs, which puts them into `index.html`.
//!
//!   cargo run --release --features prerender --bin prerender -- <out-dir>

fn main() {
    let out = std::env::args().nth(1).expect("usage: prerender <out-dir>");
    std::fs::create_dir_all(&out).expect("the output folder can be made");
    for tag in entitle::i18n::available() {
        let i18n = entitle::i18n::I18n::new(tag);
        let dir = i18n.dir();
        // The words the script shows if Continue is pressed before the app is here.
        let wait = i18n
            .t("loading-wait")
            .replace('&', "&amp;")
            .replace('"', "&quot;");
        let mut html = String::new();
        for (name, setup) in [("start", false), ("setup", true)] {
            let page = entitle::first_page::render(tag, setup);
            html.push_str(&format!(
                "<div data-first-page=\"{tag}\" data-page=\"{name}\" data-wait=\"{wait}\" lang=\"{tag}\" dir=\"{dir}\" hidden>{page}</div>"
            ));
        }
        std::fs::write(format!("{out}/{tag}.html"), html).expect("the page can be written");
    }
}
