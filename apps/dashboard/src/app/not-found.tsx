import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="signin-wrap">
      <div className="panel panel-body stack" style={{ maxWidth: 460 }}>
        <h1>Not found</h1>
        <p className="muted">This page does not exist, or you do not have access to it.</p>
        <Link href="/cases">Back to your cases</Link>
      </div>
    </main>
  );
}
