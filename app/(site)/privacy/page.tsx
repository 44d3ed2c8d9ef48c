import type { Metadata } from "next";
import Privacy, { meta } from "@/content/pages/privacy.mdx";
import { MdxPage } from "@/components/mdx/mdx-page";
import { parsePageMeta } from "@/lib/site/page-meta-schema";

const page = parsePageMeta("privacy", meta);

export const metadata: Metadata = { title: page.title, description: page.description };

export default function PrivacyPage() {
  return (
    <MdxPage meta={page}>
      <Privacy />
    </MdxPage>
  );
}
