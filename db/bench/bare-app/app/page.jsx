// A page of the same shape as the project's lists: rendered per request, a heading and a 50-row table.
export const dynamic = "force-dynamic";

const rows = Array.from({ length: 50 }, (_, i) => ({
  id: i + 1,
  name: `Deltaker ${i + 1}`,
  status: i % 3 === 0 ? "Aktiv" : "Venter",
  city: i % 2 === 0 ? "Bergen" : "Trondheim",
  due: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
}));

export default async function Page({ searchParams }) {
  const { q = "" } = await searchParams;
  return (
    <main>
      <h1>Deltakere {q}</h1>
      <table>
        <caption>50 rader</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Status</th>
            <th scope="col">By</th>
            <th scope="col">Frist</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <a href={`/participants/${r.id}`}>{r.name}</a>
              </td>
              <td>{r.status}</td>
              <td>{r.city}</td>
              <td>{r.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
