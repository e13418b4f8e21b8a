// title: Papers mentioning two entities together
// description: Papers whose text names both entities.
// params: first=LoRA second=H100
// example: kg query --name papers_mentioning_both --param first=vLLM --param second=A100
MATCH (a {name: $first})<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(b {name: $second})
RETURN p.id AS paper, p.title AS title
ORDER BY paper
