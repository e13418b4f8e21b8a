// Reads the given Turtle/N-Triples files as one document and checks it with the OWL API's OWL 2 DL
// profile and the HermiT reasoner. Run by tools/owlapi/check FILE... (classpath from Maven Central).
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;

public class OwlCheck {
    public static void main(String[] args) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String path : args) {
            text.append(Files.readString(Path.of(path))).append('\n');
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ont = manager.loadOntologyFromOntologyDocument(
            new StringDocumentSource(text.toString(), "urn:kg:check", new TurtleDocumentFormat(), null));
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ont).getViolations();
        System.out.println("violations " + violations.size());
        violations.stream().map(v -> v.toString().replaceAll(" \\[.*", "")).distinct().limit(40)
            .forEach(v -> System.out.println("  " + v));
        org.semanticweb.owlapi.reasoner.OWLReasoner reasoner =
            new org.semanticweb.HermiT.ReasonerFactory().createReasoner(ont);
        System.out.println("consistent " + reasoner.isConsistent());
    }
}
