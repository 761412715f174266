fn main() {
    entitle::run();
}
