import Link from "next/link";
import { site } from "@/content/site";

export default function HomePage() {
  return (
    <div className="prose-site">
      <h1 className="text-3xl font-bold sm:text-4xl">{site.name}</h1>
      <p className="text-lg">Who can see what when you use Claude at work.</p>
      <p>
        <Link href="/privacy/">Privacy of this site</Link>
      </p>
    </div>
  );
}
