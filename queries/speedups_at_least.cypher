// title: Papers reporting a speedup of at least N x
// description: Multiplier results at or above a threshold, with the hardware they were measured on when named.
// params: min=2.0
// example: kg query --name speedups_at_least --param min=10
MATCH (p:Paper)-[:REPORTS]->(r:Result)
WHERE r.unit = 'x' AND r.value >= $min
OPTIONAL MATCH (r)-[:MEASURED_ON]->(h:Hardware)
RETURN p.title AS paper, r.value AS speedup, r.metric AS metric, h.name AS hardware
ORDER BY speedup DESC, paper, hardware
