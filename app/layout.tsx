import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { OrgTheme } from "@/components/org/org-theme";
import { site } from "@/content/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  // The site has no analytics, no third-party embeds and no social cards that would fetch anything.
  formatDetection: { telephone: false, email: false, address: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111113" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <OrgTheme />
      </head>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
