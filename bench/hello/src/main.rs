//! A minimal Yew app: one heading. Benchmark baseline only; not shipped.
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <h1 id="hello">{ "Hello" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
