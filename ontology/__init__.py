"""The kg ontology (OWL/RDFS, Turtle) and its SHACL shapes, installed as ``kg.ontology``."""
