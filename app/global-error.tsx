"use client";

// Last resort when even the root layout fails: no translations are loaded, so both languages are shown.
// The digest is the id of the server's log line for this error.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nb">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
        <main>
          <h1>Noe gikk galt</h1>
          <p>Det oppstod en feil hos oss. Prøv igjen om litt.</p>
          <p lang="en">Something went wrong on our side. Try again in a moment.</p>
          {error.digest ? (
            <p>
              Feil-ID: <code>{error.digest}</code> <span lang="en">(Error id)</span>
            </p>
          ) : null}
          <button type="button" onClick={() => reset()}>
            Prøv igjen / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
