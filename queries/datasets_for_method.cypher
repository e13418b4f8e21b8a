// title: Datasets a method was evaluated on
// description: Datasets and benchmarks named as a method's evaluation, with the evidence sentence.
// params: method=SpecGuard
// example: kg query --name datasets_for_method --param method=ZipCache
MATCH (m:Method {name: $method})-[e:EVALUATED_ON]->(d:Dataset)
RETURN d.name AS dataset, e.paper AS paper, e.sentence AS evidence
ORDER BY dataset, paper
