// title: What a method is compared with
// description: Named baselines a method is compared with, in either direction.
// params: method=vLLM
// example: kg query --name compared_with --param method=FlashAttention
MATCH (a)-[e:COMPARED_WITH]->(b)
WHERE a.name = $method OR b.name = $method
RETURN a.name AS entity, b.name AS compared_with, e.paper AS paper
ORDER BY entity, compared_with, paper
