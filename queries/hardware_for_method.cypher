// title: Hardware a method runs on
// description: Every hardware a named method was run, evaluated or deployed on.
// params: method=EdgeLM
// example: kg query --name hardware_for_method --param method=LoRA
MATCH (m:Method {name: $method})-[r:RUNS_ON]->(h:Hardware)
RETURN h.name AS hardware, h.vendor AS vendor, h.specific AS specific, count(DISTINCT r.paper) AS papers
ORDER BY papers DESC, hardware
