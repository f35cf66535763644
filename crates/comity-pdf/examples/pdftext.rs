//! Prints the text layer of PDF files as Comity reads it, or with `--time`, how long reading
//! takes (pages per second): `cargo run --release -p comity-pdf --example pdftext -- FILE.pdf...`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let time = args.iter().any(|a| a == "--time");
    let started = std::time::Instant::now();
    let mut pages = 0;
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        match comity_pdf::pages(&bytes) {
            Ok(p) => {
                pages += p.len();
                if !time {
                    print!("{}", p.join("\n"));
                }
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
    }
    if time {
        let s = started.elapsed().as_secs_f64();
        println!("{pages} pages in {s:.3} s: {:.0} pages/s", pages as f64 / s);
    }
}
