// title: Frameworks used per hardware vendor
// description: Frameworks of methods that run on each vendor's hardware (catalog vendor).
// params:
// example: kg query --name frameworks_per_vendor
MATCH (f:Framework)<-[:IMPLEMENTED_IN]-(m:Method)-[:RUNS_ON]->(h:Hardware)
WHERE h.vendor IS NOT NULL
RETURN h.vendor AS vendor, f.name AS framework, count(DISTINCT m) AS methods
ORDER BY vendor, methods DESC, framework
