// title: Methods that build on a method
// description: Methods that are based on, or use, the named method.
// params: method=ZeRO
// example: kg query --name builds_on --param method=LoRA
MATCH (m:Method)-[e:BASED_ON|USES]->(base:Method {name: $method})
RETURN m.name AS method, count(DISTINCT e.paper) AS papers
ORDER BY papers DESC, method
