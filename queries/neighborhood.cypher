// title: Neighborhood of an entity
// description: Everything one relationship away from the named entity, with the relation and the paper.
// params: name=H100
// example: kg query --name neighborhood --param name=FlashAttention
// note: one UNION ALL branch per relationship type: Neo4j's type(r) and LadybugDB's label(r) differ.
MATCH (a {name: $name})-[e:PROPOSES]-(b)
RETURN 'PROPOSES' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:RUNS_ON]-(b)
RETURN 'RUNS_ON' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:EVALUATED_ON]-(b)
RETURN 'EVALUATED_ON' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:APPLIED_TO]-(b)
RETURN 'APPLIED_TO' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:IMPLEMENTED_IN]-(b)
RETURN 'IMPLEMENTED_IN' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:USES]-(b)
RETURN 'USES' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:BASED_ON]-(b)
RETURN 'BASED_ON' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
UNION ALL
MATCH (a {name: $name})-[e:COMPARED_WITH]-(b)
RETURN 'COMPARED_WITH' AS relation, coalesce(b.name, b.title) AS neighbour, e.paper AS paper
