//! The graph.json loader on arbitrary strings: it must not panic, and a graph
//! it accepts must round-trip: to_json -> from_json -> to_json is stable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotegraph::graph::QuoteGraph;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(g) = QuoteGraph::from_json(text) else {
        return;
    };
    let once = g.to_json();
    let again = QuoteGraph::from_json(&once).expect("to_json output loads again");
    assert_eq!(g.node_count(), again.node_count());
    assert_eq!(g.edge_count(), again.edge_count());
    assert_eq!(
        once,
        again.to_json(),
        "to_json is not stable across a reload"
    );
});
