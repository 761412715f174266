//! The inputs of the claim's questions: a month (a month list and a year
//! box, after GOV.UK's date input), and an amount of money (an amount box, a
//! currency list with the local currency first, and for a rate of pay what it
//! is per). Each sits under its own radio button ("I know the month", "I know
//! the amount"), beside "I still work there" where it applies and the two
//! "don't know" replies. Labels are visible; the boxes take digits only.

use crate::i18n::I18n;
use entitle_engine::answers::{Ending, Money, PayRate};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What is typed and chosen in the boxes, kept while the page is open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    pub month: String,
    pub year: String,
    pub amount: String,
    pub currency: String,
    pub per: String,
}

/// The currency of the country, first in the list.
pub fn local_currency(country: Option<&str>) -> &'static str {
    match country {
        Some("GB") => "GBP",
        Some("US") => "USD",
        Some("CA") => "CAD",
        Some("AU") => "AUD",
        Some("DE" | "FR" | "ES" | "IT" | "NL") => "EUR",
        Some("PH") => "PHP",
        Some("TH") => "THB",
        Some("QA") => "QAR",
        _ => "USD",
    }
}

/// Currencies people are often paid or promised in, after the local one.
const CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "QAR", "AED", "SAR", "KWD", "PHP", "THB", "INR", "NPR", "BDT", "PKR",
    "LKR", "IDR", "VND", "CNY", "NGN", "GHS", "KES", "ETB", "EGP", "MAD", "UAH", "RON", "BRL",
    "COP", "MXN", "CAD", "AUD",
];

impl Fields {
    /// The boxes filled from an earlier answer's text.
    pub fn from_answer(text: Option<&str>, local: &str) -> Fields {
        let mut f = Fields {
            currency: local.to_string(),
            per: "month".into(),
            ..Fields::default()
        };
        let Some(text) = text else { return f };
        if let Some(Ending::Month(m)) = Ending::parse(text) {
            f.month = m.month.to_string();
            f.year = m.year.to_string();
        }
        let money = PayRate::parse(text)
            .map(|p| {
                f.per = p.per.id().to_string();
                p.money
            })
            .or_else(|| Money::parse(text));
        if let Some(m) = money {
            let shown = m.to_string();
            f.amount = shown.split(' ').next().unwrap_or("").to_string();
            f.currency = m.currency.as_str().to_string();
        }
        f
    }

    /// `2024-01`, if a month is chosen and the year has four digits.
    pub fn month_text(&self) -> Option<String> {
        let month: u8 = self.month.parse().ok().filter(|m| (1..=12).contains(m))?;
        let year = self.year.trim();
        (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
            .then(|| format!("{year}-{month:02}"))
    }

    /// `1200.50 GBP`, from the amount as typed (`1,200.50`, `1.200,50`, `1200`).
    pub fn money_text(&self) -> Option<String> {
        let amount = normalise_amount(&self.amount)?;
        Some(format!("{amount} {}", self.currency))
    }
}

/// An amount typed with either mark as the decimal point, with or without
/// thousands separators: the last `.` or `,` followed by one or two digits
/// is the decimal point; other marks and spaces are separators.
pub fn normalise_amount(typed: &str) -> Option<String> {
    let kept: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '\'')
        .collect();
    if kept.is_empty()
        || !kept
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    // A mark with one or two digits after it is the decimal point; one with
    // three is a thousands separator (1.200 is twelve hundred).
    let last = kept.rfind(['.', ',']);
    let (whole, frac) = match last {
        Some(i) if (1..=2).contains(&(kept.len() - i - 1)) => (&kept[..i], &kept[i + 1..]),
        _ => (kept.as_str(), ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() {
        return None;
    }
    Some(if frac.is_empty() {
        whole
    } else {
        format!("{whole}.{frac}")
    })
}

fn on_select(fields: &UseStateHandle<Fields>, set: fn(&mut Fields, String)) -> Callback<Event> {
    let fields = fields.clone();
    Callback::from(move |e: Event| {
        if let Some(s) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            let mut f = (*fields).clone();
            set(&mut f, s.value());
            fields.set(f);
        }
    })
}

fn on_input(
    fields: &UseStateHandle<Fields>,
    chosen: &UseStateHandle<Option<String>>,
    radio: &'static str,
    set: fn(&mut Fields, String),
) -> Callback<InputEvent> {
    let (fields, chosen) = (fields.clone(), chosen.clone());
    Callback::from(move |e: InputEvent| {
        if let Some(i) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let mut f = (*fields).clone();
            set(&mut f, i.value());
            fields.set(f);
            chosen.set(Some(radio.into()));
        }
    })
}

/// The month list and the year box.
pub fn month_inputs(
    i18n: &I18n,
    fields: &UseStateHandle<Fields>,
    chosen: &UseStateHandle<Option<String>>,
) -> Html {
    let onchange = {
        let (select, chosen) = (on_select(fields, |f, v| f.month = v), chosen.clone());
        Callback::from(move |e: Event| {
            chosen.set(Some("month".into()));
            select.emit(e);
        })
    };
    html! {
        <div class="conditional date-input">
            <div class="date-input__item">
                <label for="q-month">{ i18n.t("input-month") }</label>
                <select id="q-month" class="select" {onchange}>
                    <option value="" selected={fields.month.is_empty()}>{ i18n.t("select-placeholder") }</option>
                    { for (1..=12u8).map(|m| {
                        let selected = fields.month == m.to_string();
                        html! { <option value={m.to_string()} {selected}>{ i18n.month_name(m) }</option> }
                    }) }
                </select>
            </div>
            <div class="date-input__item">
                <label for="q-year">{ i18n.t("input-year") }</label>
                <input id="q-year" class="input input--year" type="text" inputmode="numeric" pattern="[0-9]*"
                    maxlength="4" autocomplete="off" value={fields.year.clone()}
                    oninput={on_input(fields, chosen, "month", |f, v| f.year = v)} />
            </div>
        </div>
    }
}

/// The amount box, the currency list and, for a rate, what it is per.
pub fn money_inputs(
    i18n: &I18n,
    fields: &UseStateHandle<Fields>,
    chosen: &UseStateHandle<Option<String>>,
    local: &str,
    with_per: bool,
) -> Html {
    let mut codes: Vec<&str> = vec![local];
    codes.extend(CURRENCIES.iter().copied().filter(|c| *c != local));
    html! {
        <div class="conditional money-input">
            <div class="money-input__item">
                <label for="q-amount">{ i18n.t("input-amount") }</label>
                <input id="q-amount" class="input input--amount" type="text" inputmode="decimal"
                    maxlength="14" autocomplete="off" value={fields.amount.clone()}
                    oninput={on_input(fields, chosen, "amount", |f, v| f.amount = v)} />
            </div>
            <div class="money-input__item">
                <label for="q-currency">{ i18n.t("input-currency") }</label>
                <select id="q-currency" class="select" onchange={on_select(fields, |f, v| f.currency = v)}>
                    { for codes.into_iter().map(|c| {
                        let selected = fields.currency == c;
                        html! { <option value={c.to_string()} {selected}>{ format!("{} ({c})", i18n.currency_name(c)) }</option> }
                    }) }
                </select>
            </div>
            if with_per {
                <div class="money-input__item">
                    <label for="q-per">{ i18n.t("input-per") }</label>
                    <select id="q-per" class="select" onchange={on_select(fields, |f, v| f.per = v)}>
                        { for ["hour", "day", "week", "month"].into_iter().map(|p| {
                            let selected = fields.per == p;
                            html! { <option value={p} {selected}>{ i18n.t(&format!("per-{p}")) }</option> }
                        }) }
                    </select>
                </div>
            }
        </div>
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::normalise_amount;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn amounts_are_read_with_either_decimal_mark() {
        for (typed, want) in [
            ("1200", Some("1200")),
            ("1,200", Some("1200")),
            ("1.200", Some("1200")),
            ("1200.50", Some("1200.50")),
            ("1200,50", Some("1200.50")),
            ("1,200.50", Some("1200.50")),
            ("1.200,50", Some("1200.50")),
            ("1 200,5", Some("1200.5")),
            ("12.000.000", Some("12000000")),
            ("", None),
            ("abc", None),
            ("-5", None),
        ] {
            assert_eq!(normalise_amount(typed).as_deref(), want, "{typed}");
        }
    }
}
