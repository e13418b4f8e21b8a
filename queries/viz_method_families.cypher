// title: Method families
// description: Every statement that a method uses, or is based on, another named method: the rows the pictures group methods into families by (the methods of a family build on the technique it is named after).
// params:
// example: kg query --name viz_method_families --format csv
MATCH (m:Method)-[r:USES|BASED_ON]->(t:Method)
RETURN m.key AS method_key, t.key AS family_key, t.name AS family, r.paper AS paper
