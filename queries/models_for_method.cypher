// title: Models a method was applied to
// description: Models a named method was applied to, evaluated with or used to build.
// params: method=TinyQuant
// example: kg query --name models_for_method --param method=SmoothQuant
MATCH (m:Method {name: $method})-[e:APPLIED_TO]->(x:Model)
RETURN x.name AS model, count(DISTINCT e.paper) AS papers
ORDER BY papers DESC, model
