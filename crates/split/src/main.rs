//! `entitle-split <app.wasm> <out dir>`: splits the linked app (built with
//! `--emit-relocs` and the `split` feature) at its `#[wasm_split]` points.
//! Writes `<out dir>/main.wasm` for wasm-bindgen, one `.wasm` per split
//! chunk, and `__wasm_split.js`, which loads a chunk into the main module's
//! memory and table. The main module's JavaScript will be `./entitle.js`
//! beside them (scripts/postbuild.mjs runs wasm-bindgen with that name).

use std::path::Path;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        return Err("usage: entitle-split <app.wasm> <out dir>".into());
    };
    let wasm = std::fs::read(input).map_err(|e| format!("{input}: {e}"))?;
    let out = Path::new(output);
    std::fs::create_dir_all(out).map_err(|e| format!("{output}: {e}"))?;
    let main_out = out.join("main.wasm");
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = out;
    opts.main_out_path = &main_out;
    opts.main_module = "./entitle.js";
    let split = wasm_split_cli_support::transform(opts).map_err(|e| format!("{e:?}"))?;
    for path in &split.split_modules {
        eprintln!("entitle-split: {}", path.display());
    }
    Ok(())
}
