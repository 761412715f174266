use crate::i18n::I18n;
use crate::state::{Action, State};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// About this tool: what it is, how each translation was made and whether a
/// native speaker reviewed it, where the legal facts come from, which
/// languages this device can read aloud, and privacy.
pub fn about_page(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    let state = state.clone();
    let back = Callback::from(move |_: MouseEvent| state.dispatch(Action::Back));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <h1 tabindex="-1">{ i18n.t("about-heading") }</h1>
            <p>{ i18n.t("about-what") }</p>
            <h2>{ i18n.t("about-translation-heading") }</h2>
            <p>{ i18n.t("locale-translation-note") }</p>
            <p>{ i18n.t("locale-review-note") }</p>
            <h2>{ i18n.t("about-sources-heading") }</h2>
            <p>{ i18n.t("about-sources") }</p>
            <h2>{ i18n.t("about-listen-heading") }</h2>
            { reading_aloud(i18n) }
            <h2>{ i18n.t("start-privacy-heading") }</h2>
            <p>{ i18n.t("start-privacy-body") }</p>
        </>
    }
}

/// Which of the app's languages this device has a voice on it for (the
/// Listen buttons, `crate::speech`), each named in its own language; the
/// tags are on `data-listen-languages` for the tests.
fn reading_aloud(i18n: &I18n) -> Html {
    let tags = crate::speech::languages_with_voice();
    let text = if tags.is_empty() {
        i18n.t("about-listen-none")
    } else {
        let names: Vec<String> = tags.iter().map(|t| endonym(t)).collect();
        i18n.t_with(
            "about-listen-some",
            &[("languages", crate::i18n::Arg::from(names.join(", ")))],
        )
    };
    html! { <p data-listen-languages={tags.join(" ")}>{ text }</p> }
}

/// A language's name in itself ("Français"): the language picker's name,
/// else the browser's (`Intl.DisplayNames`), else its tag.
fn endonym(tag: &str) -> String {
    if let Some((_, name)) = crate::i18n::LANGUAGES.iter().find(|(t, _)| *t == tag) {
        return name.to_string();
    }
    let s = crate::js::string;
    let options = js_sys::Object::new();
    crate::js::set(&options, "type", &s("language"));
    js_sys::Reflect::get(&js_sys::global(), &s("Intl"))
        .and_then(|intl| js_sys::Reflect::get(&intl, &s("DisplayNames")))
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|c| js_sys::Reflect::construct(&c, &js_sys::Array::of2(&s(tag), &options)).ok())
        .and_then(|names| {
            let of: js_sys::Function = js_sys::Reflect::get(&names, &s("of"))
                .ok()?
                .dyn_into()
                .ok()?;
            of.call1(&names, &s(tag)).ok()?.as_string()
        })
        .unwrap_or_else(|| tag.to_string())
}
