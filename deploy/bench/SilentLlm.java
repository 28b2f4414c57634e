import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** An "LLM" that accepts connections and never answers, so that the questions sent to it stay open. */
public class SilentLlm {
    public static void main(String[] args) throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]))) {
            while (true) {
                held.add(server.accept());
            }
        }
    }
}
