// title: Methods evaluated on a hardware
// description: Methods that run on the named hardware, with the number of papers that say so.
// params: hardware=H100
// example: kg query --name methods_on_hardware --param hardware=A100
MATCH (m:Method)-[r:RUNS_ON]->(h:Hardware {name: $hardware})
RETURN m.name AS method, count(DISTINCT r.paper) AS papers
ORDER BY papers DESC, method
