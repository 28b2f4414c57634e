package io.insightx.orchestrator.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything this service can be told, under {@code insightx.*} (each key overridable by environment variable). */
@ConfigMapping(prefix = "insightx")
public interface OrchestratorConfig {

    /** Token sent to the tool services ({@code INSIGHTX_INTERNAL_TOKEN}); none is sent when absent. */
    Optional<String> internalToken();

    Auth auth();

    Agents agents();

    Limits limits();

    Llm llm();

    /** How the agents talk to the model through key-manager: time limits and the reply format. */
    interface Llm {
        /** Longest wait to open a connection to key-manager. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Longest wait from sending a request to the first byte of the answer (reasoning models think first). */
        @WithDefault("120s")
        Duration firstByteTimeout();

        /** Longest silence in the middle of an answer before it counts as stalled. */
        @WithDefault("30s")
        Duration idleTimeout();

        /**
         * How the JSON-answering agents ask for structure: {@code tools} (OpenAI tool calls), {@code json-schema}
         * ({@code response_format}), {@code text} (JSON in the text), or {@code auto} (tools, falling back to text
         * for a provider that refuses or ignores them, remembered until restart).
         */
        @WithDefault("auto")
        String structuredOutput();

        /** Looks at the data (distinct values, counts) the SQL agent may take before it writes its answer. */
        @WithDefault("3")
        int sqlLookSteps();

        /** Time the SQL agent's looks may take in all, before it must answer. */
        @WithDefault("60s")
        Duration sqlLookTime();

        /** Tokens of data (profiles, results, context) one prompt may quote, estimated at 4 characters a token. */
        @WithDefault("3000")
        int promptTokens();

        /** Insights of a session kept for later prompts (the newest; duplicates are not stored twice). */
        @WithDefault("20")
        int maxInsights();
    }

    Upload upload();

    interface Upload {
        /**
         * Largest dataset file accepted, in bytes ({@code INSIGHTX_UPLOAD_MAX_BYTES}, the same variable sql-tool
         * reads): a larger upload is refused with a 413 problem before it reaches sql-tool.
         */
        @WithDefault("1073741824")
        long maxBytes();
    }

    interface Agents {
        /** {@code auto}: the LLM when key-manager has a usable key, else offline; or {@code llm}, {@code offline}. */
        @WithDefault("auto")
        String mode();

        /** How long {@code auto} mode trusts its last reading of key-manager's key pool before asking again. */
        @WithDefault("1s")
        Duration keyPoolRefresh();

        /** Corrections an agent may make after its SQL or Python failed. */
        @WithDefault("2")
        int maxCorrections();

        /** Rows a query may return to the agents and the browser. */
        @WithDefault("1000")
        int maxRows();

        /**
         * Bytes of CSV a query's whole result may take as Python's {@code df}; past it only the first rows are kept
         * and the prompt and the answer say so. 32 MiB, base64-encoded in the request, stays under python-tool's
         * 64 MiB body limit.
         */
        @WithDefault("33554432")
        long pythonInputBytes();

        /** Rows of a result the LLM sees (the browser gets them all). */
        @WithDefault("20")
        int rowsShownToLlm();

        /** Sampling temperature for the LLM agents. */
        @WithDefault("0.1")
        double temperature();

        /** Longest reply an agent may write, in tokens: a question's cost stays bounded. */
        @WithDefault("2048")
        int maxTokens();

        Prompts prompts();
    }

    /** System prompts, one per agent. */
    interface Prompts {
        String classifier();

        String sql();

        String python();

        String composer();

        String explainer();
    }

    interface Limits {
        /** Longest question, in characters. */
        @WithDefault("4000")
        int messageChars();

        /** Chat streams one user may have running at once. */
        @WithDefault("4")
        int streamsPerUser();

        /** Seconds between heartbeat comments on an idle stream. */
        @WithDefault("15")
        int heartbeatSeconds();

        /**
         * Seconds an answer goes on after its asking client's connection drops, for the client to come back with
         * {@code Last-Event-ID}; nobody back by then means nobody wants it, and the run stops. 0 stops at once.
         */
        @WithDefault("15")
        int reconnectGraceSeconds();
    }

    interface Auth {
        /** {@code none}: one local user; {@code jwt}: bearer tokens ({@code INSIGHTX_AUTH_MODE}). */
        @WithDefault("none")
        String mode();

        /** The user every request acts as when auth is off. */
        @WithDefault("local")
        String localUser();

        /** HS256 secret shared with the issuer, as Supabase signs its tokens ({@code INSIGHTX_AUTH_JWT_SECRET}). */
        Optional<String> jwtSecret();

        /** Or an RS256 public key, PEM (X.509 SubjectPublicKeyInfo). */
        Optional<String> jwtPublicKey();

        /** When set, tokens must carry this {@code iss}. */
        Optional<String> jwtIssuer();
    }
}
